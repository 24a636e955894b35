// Shared by the grants integration tests: a titular with a partner and installations, an invitee and
// a stranger, plus the GraphQL documents and small helpers.
import { randomUUID } from 'node:crypto';
import { generateCpf } from '@delega/shared/documents';
import { expect } from 'vitest';
import type { Installation } from '../src/modules/customers/installation.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import type { User } from '../src/modules/accounts/user.entity.ts';
import { createFactories, type Factories } from '../src/seeds/factories.ts';
import type { GqlResult, TestApi } from './harness.ts';
import { outboxRows } from './mail-outbox.ts';

export const GRANT_FIELDS = `
  id protocolNumber status viewerRole
  businessPartner { id number name }
  titular { fullName cpf }
  invitee { fullName cpf email }
  installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason
  replacesId canResend canRevoke`;

export const GRANT_ACCESS = `mutation($input: GrantAccessInput!) {
  grantAccess(input: $input) { inviteUrl grant { ${GRANT_FIELDS} } } }`;
export const ACCEPT = `mutation($input: AcceptAccessInviteInput!) { acceptAccessInvite(input: $input) { ${GRANT_FIELDS} } }`;
export const DECLINE = `mutation($token: String!) { declineAccessInvite(token: $token) }`;
export const REVOKE = `mutation($id: ID!, $numbers: [String!]) {
  revokeAccessGrant(id: $id, installationNumbers: $numbers) { ${GRANT_FIELDS} } }`;
export const RESEND = `mutation($id: ID!) { resendAccessInvite(id: $id) { inviteUrl grant { ${GRANT_FIELDS} } } }`;
export const RENOUNCE = `mutation($id: ID!) { renounceAccessGrant(id: $id) { ${GRANT_FIELDS} } }`;
export const PREVIEW = `query($token: String!) {
  accessInvite(token: $token) { status expiresAt titularFirstName businessPartnerName installationCount } }`;
/** Detail with installations and events (kept small: graphql-armor's cost limit applies). */
export const GRANT = `query($id: ID!) { accessGrant(id: $id) {
  id status endReason canResend activeInstallationCount
  installations(first: 100) { totalCount edges { node { number status revokedAt } } }
  events { type at actorRole data } } }`;
export const GIVEN = `query($status: [AccessGrantStatus!], $first: Int, $after: String) {
  accessGrantsGiven(status: $status, first: $first, after: $after) {
    totalCount edges { cursor node { ${GRANT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const RECEIVED = `query($status: [AccessGrantStatus!], $first: Int, $after: String) {
  accessGrantsReceived(status: $status, first: $first, after: $after) {
    totalCount edges { cursor node { ${GRANT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const INSTALLATION_ACCESS = `query($n: String!, $cpf: String!) {
  installationAccess(installationNumber: $n, cpf: $cpf) {
    installationNumber allowed reason grant { id protocolNumber grantedAt } checkedAt } }`;
export const CHANGED = `subscription { accessGrantChanged { grantId change status at grant { ${GRANT_FIELDS} } } }`;

export interface GrantData {
  id: string;
  protocolNumber: string;
  status: string;
  viewerRole: string;
  businessPartner: { id: string; number: string; name: string };
  titular: { fullName: string; cpf: string };
  invitee: { fullName: string; cpf: string; email: string };
  installationCount: number;
  activeInstallationCount: number;
  createdAt: string;
  inviteExpiresAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  replacesId: string | null;
  canResend: boolean;
  canRevoke: boolean;
}

export interface ChangedEvent {
  accessGrantChanged: {
    grantId: string;
    change: string;
    status: string;
    at: string;
    grant: GrantData | null;
  };
}

export interface World {
  f: Factories;
  titular: User;
  titularToken: string;
  partner: BusinessPartner;
  /** 5 installations; the 5th is INACTIVE. */
  installations: Installation[];
  invitee: User;
  inviteeToken: string;
  stranger: User;
  strangerToken: string;
  /** A partner (and installations) of the stranger. */
  strangerPartner: BusinessPartner;
  strangerInstallations: Installation[];
}

export async function createWorld(api: TestApi, opts: { installations?: number } = {}): Promise<World> {
  const em = api.orm.em.fork();
  const f = createFactories(em, Math.floor(Math.random() * 1e9));
  const titular = await f.user();
  const partner = await f.businessPartner({ document: titular.cpf });
  const installations = await f.installations(partner, opts.installations ?? 5, { inactiveEvery: 5 });
  const invitee = await f.user({ fullName: 'José Antônio da Silva' });
  const stranger = await f.user();
  const strangerPartner = await f.businessPartner({ document: stranger.cpf });
  const strangerInstallations = await f.installations(strangerPartner, 2);
  return {
    f,
    titular,
    titularToken: await f.session(titular),
    partner,
    installations,
    invitee,
    inviteeToken: await f.session(invitee),
    stranger,
    strangerToken: await f.session(stranger),
    strangerPartner,
    strangerInstallations,
  };
}

export function inviteInput(w: World, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    businessPartnerId: w.partner.id,
    installationNumbers: w.installations.slice(0, 2).map((i) => i.number),
    invitee: { fullName: w.invitee.fullName, cpf: w.invitee.cpf, email: w.invitee.email },
    acknowledgePartnerConsent: true,
    acceptTerms: true,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export function data<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

export function errorOf(r: GqlResult<unknown>): {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
} {
  expect(r.errors, 'expected an error').toBeDefined();
  const e = r.errors![0]!;
  return { code: String(e.extensions?.code), message: e.message, extensions: e.extensions ?? {} };
}

export function tokenOf(inviteUrl: string): string {
  const m = /\/convite\/([\w-]+)$/.exec(inviteUrl);
  if (!m) throw new Error(`not an invite URL: ${inviteUrl}`);
  return m[1]!;
}

export interface Invited {
  grant: GrantData;
  inviteUrl: string;
  /** The titular's copy link token. */
  copyToken: string;
  /** The token of the link e-mailed to the invitee. */
  mailToken: string;
}

export async function invite(
  api: TestApi,
  w: World,
  overrides: Record<string, unknown> = {},
): Promise<Invited> {
  const r = await api.gql<{ grantAccess: { inviteUrl: string; grant: GrantData } }>(
    GRANT_ACCESS,
    { input: inviteInput(w, overrides) },
    { token: w.titularToken },
  );
  const { grantAccess } = data(r);
  return {
    grant: grantAccess.grant,
    inviteUrl: grantAccess.inviteUrl,
    copyToken: tokenOf(grantAccess.inviteUrl),
    mailToken: await lastInviteMailToken(api, grantAccess.grant.invitee.email),
  };
}

/** The invite token in the newest 'access-invite' e-mail to `email` (from the outbox). */
export async function lastInviteMailToken(api: TestApi, email: string): Promise<string> {
  const rows = (await outboxRows(api, { to: email, template: 'access-invite' })).reverse();
  expect(rows[0], `an access-invite e-mail to ${email}`).toBeDefined();
  const all = `${JSON.stringify(rows[0]!.links)} ${rows[0]!.text} ${rows[0]!.html}`;
  const m = /\/convite\/([\w-]{20,})/.exec(all);
  if (!m) throw new Error('no invite link in the e-mail');
  return m[1]!;
}

export async function accept(api: TestApi, token: string, sessionToken: string, terms = true) {
  return api.gql<{ acceptAccessInvite: GrantData }>(
    ACCEPT,
    { input: { token, acceptPermissionTerms: terms, acceptPlatformTerms: terms } },
    { token: sessionToken },
  );
}

/** The `accessInvite` preview status of a link, anonymously or for a signed-in session. */
export async function previewStatus(api: TestApi, token: string, sessionToken?: string): Promise<string> {
  return data(
    await api.gql<{ accessInvite: { status: string } }>(PREVIEW, { token }, { token: sessionToken }),
  ).accessInvite.status;
}

/** `revokeAccessGrant` as the world's titular: the whole grant, or only `numbers`. */
export async function revoke(api: TestApi, w: World, id: string, numbers?: string[]): Promise<GrantData> {
  return data(
    await api.gql<{ revokeAccessGrant: GrantData }>(REVOKE, { id, numbers }, { token: w.titularToken }),
  ).revokeAccessGrant;
}

/** `resendAccessInvite` as the world's titular. */
export async function resend(
  api: TestApi,
  w: World,
  id: string,
): Promise<{ inviteUrl: string; grant: GrantData }> {
  return data(
    await api.gql<{ resendAccessInvite: { inviteUrl: string; grant: GrantData } }>(
      RESEND,
      { id },
      { token: w.titularToken },
    ),
  ).resendAccessInvite;
}

export async function mails(
  api: TestApi,
  template?: string,
): Promise<{ template: string; to_email: string; text: string }[]> {
  return outboxRows(api, { template });
}

export async function sql<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return api.orm.em.fork().execute<T[]>(query, params);
}

/** A valid CPF different from the given ones. */
export function otherCpf(...not: string[]): string {
  for (;;) {
    const c = generateCpf();
    if (!not.includes(c)) return c;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
