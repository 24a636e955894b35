// Shared by the authority-ending and company-grants tests: service keys, the customer-records
// mutations and small readers of what a change left behind.
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import type { GqlResult, TestApi } from './harness.ts';
import { data, INSTALLATION_ACCESS, sql } from './grants-fixtures.ts';

export const TRANSFER = `mutation($input: TransferInstallationInput!) {
  transferInstallation(input: $input) { changed grantsEnded grantsReduced } }`;
export const DEACTIVATE = `mutation($n: String!) { deactivateInstallation(installationNumber: $n) { changed grantsEnded grantsReduced } }`;
export const REMOVE_REPRESENTATIVE = `mutation($input: RemovePartnerRepresentativeInput!) {
  removePartnerRepresentative(input: $input) { changed grantsEnded grantsReduced } }`;
export const END_PARTNER = `mutation($n: String!) { endBusinessPartner(businessPartnerNumber: $n) { changed grantsEnded grantsReduced } }`;

export interface RecordChange {
  changed: boolean;
  grantsEnded: number;
  grantsReduced: number;
}

export interface Keys {
  records: string;
  reader: string;
}

export async function serviceKeys(api: TestApi): Promise<Keys> {
  const keys = new ApiKeyService();
  const em = api.orm.em.fork();
  return {
    records: (await keys.create(em, 'cadastro', ['customers:write'])).key,
    reader: (await keys.create(em, 'atendimento-ura', ['installation-access:read'])).key,
  };
}

/** A customer-records mutation with the `customers:write` key; its one payload. */
export async function records(
  api: TestApi,
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResult<Record<string, RecordChange>>> {
  return api.gql<Record<string, RecordChange>>(query, variables, { headers: { 'x-api-key': key } });
}

export function payloadOf(r: GqlResult<Record<string, RecordChange>>): RecordChange {
  return Object.values(data(r))[0]!;
}

/** What other teams' systems are told right now. */
export async function accessOf(api: TestApi, key: string, n: string, cpf: string) {
  const r = await api.gql<{ installationAccess: { allowed: boolean; reason: string } }>(
    INSTALLATION_ACCESS,
    { n, cpf },
    { headers: { 'x-api-key': key } },
  );
  return data(r).installationAccess;
}

/** The stored status and end reason of a grant. */
export async function stored(api: TestApi, grantId: string) {
  const rows = await sql<{ status: string; end_reason: string | null }>(
    api,
    `select status::text as status, end_reason::text as end_reason from access_grant where id = ?`,
    [grantId],
  );
  return rows[0]!;
}

/** The audit steps of a grant: type, actor role, reason. */
export async function auditOf(api: TestApi, grantId: string) {
  return sql<{
    type: string;
    actor_role: string;
    actor_id: string | null;
    data: Record<string, unknown> | null;
  }>(
    api,
    `select type::text as type, actor_role::text as actor_role, actor_id, data from access_grant_event
      where grant_id = ? order by at, id`,
    [grantId],
  );
}

/** The recipients of a template's e-mails about a protocol number. */
export async function recipients(api: TestApi, template: string): Promise<string[]> {
  const rows = await sql<{ to_email: string }>(
    api,
    `select to_email from mail_message where template = ? order by created_at, id`,
    [template],
  );
  return rows.map((r) => r.to_email);
}
