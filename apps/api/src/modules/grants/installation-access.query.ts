// installationAccess: may this CPF act on this installation now? Asked by other teams' systems
// (service keys) and by people. Judged at query time from committed data: a revoke is visible the
// instant it commits.
import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { preparedStatement, queryPrepared } from '../../db/prepared.ts';
import { asDate, asDateOrNull } from '../../db/sql.ts';
import { validSessionCondition } from '../accounts/session.service.ts';
import { usableKeyCondition } from '../api-keys/api-key.service.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { accountIsTitularOf, installationTitularity } from '../customers/titularity.sql.ts';
import { WITHIN_VALIDITY } from './access-grant.sql.ts';
import type { Caller } from './grant-access.policy.ts';
import { ALL_SCOPES, canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';

export interface InstallationAccessAnswer {
  installationNumber: string;
  allowed: boolean;
  reason: 'TITULAR' | 'GRANTED' | 'NONE';
  /** What the CPF may do there now (every scope for TITULAR, none for NONE). */
  scopes: AccessGrantScope[];
  grant: { id: string; protocolNumber: string; grantedAt: Date; validUntil: Date | null } | null;
  checkedAt: Date;
}

interface AccessFacts {
  checkedAt: Date;
  /** The caller's credential (session or service key) still holds, by the database, now. */
  credentialValid: boolean;
  /** Its use was last recorded over a minute ago. */
  credentialStale: boolean;
  /** The person asking's own CPF (null for a service key). */
  viewerCpf: string | null;
  /** Null when there is no such installation. */
  number: string | null;
  cpfIsTitular: boolean;
  viewerIsTitular: boolean;
  grant: InstallationAccessAnswer['grant'];
  /** The grant's scopes (empty without a grant). */
  grantScopes: AccessGrantScope[];
}

/**
 * The credential the request came with, re-checked inside the access statement: the caller may
 * have been read from the in-process principal cache, and a revocation committed anywhere must be
 * refused at once.
 */
export type AccessCredential = ({ apiKeyId: string } | { sessionId: string; absoluteMs: number }) & {
  /** Called when the credential's use was last recorded over a minute ago (record it now). */
  onStale?: () => void;
};

/** How the access statement runs: named and prepared once per connection (DATABASE_PREPARED_STATEMENTS). */
export interface AccessQueryOptions {
  prepared: boolean;
}

/** The oldest accepted grant covering installation `i` for the CPF `p.cpf`, in force at this moment. */
const GRANT_LATERAL = `left join lateral (
       select g.id, g.protocol_number, g.accepted_at, g.valid_until, g.scopes
         from access_grant_installation agi join access_grant g on g.id = agi.grant_id
        where agi.installation_id = i.id and agi.revoked_at is null
          and g.status = 'ACCEPTED' and g.invitee_cpf = p.cpf
          -- at this moment: within its validity, the installation still the grant's partner's and
          -- active, and the grant's titular still titular of that partner
          and ${WITHIN_VALIDITY} and g.business_partner_id = i.business_partner_id and i.status = 'ACTIVE'
          and ${accountIsTitularOf('g.business_partner_id', 'g.titular_id')}
        order by g.accepted_at limit 1) ga on true`;

const ACCESS_COLUMNS = `p.checked_at, p.credential_stale, i.number, i.cpf_is_titular,
       ga.id as grant_id, ga.protocol_number, ga.accepted_at, ga.valid_until, ga.scopes`;

/**
 * One statement each for service keys and for people, prepared once per connection. The parameters
 * sit behind a materialized CTE so no plan can specialise on their values: the generic plan costs
 * what a custom one would, and PostgreSQL keeps it after five calls instead of planning (~1.3 ms)
 * every call. Each answers:
 * the credential still valid (null) and whether its use is due to be recorded, the installation and
 * who is titular of it (the customers domain's rule), and the oldest accepted, unrevoked grant
 * covering it for the CPF. Service key: $1 cpf, $2 number, $3 API key.
 */
const SERVICE_KEY_STATEMENT = preparedStatement(
  'installation-access:key',
  `with p as materialized (
     select now() as checked_at, $1::text as cpf, $2::text as number,
            (select coalesce(k.last_used_at < now() - interval '1 minute', true)
               from api_key k where k.id = $3::uuid and ${usableKeyCondition('k')}) as credential_stale)
   select ${ACCESS_COLUMNS}, null::text as viewer_cpf, false as viewer_is_titular
     from p
     left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf' })}) i on true
     ${GRANT_LATERAL}`,
);

/** A person: $1 cpf, $2 number, $3 the viewer, $4 their session, $5 its absolute lifetime (ms). */
const PERSON_STATEMENT = preparedStatement(
  'installation-access:person',
  `with p as materialized (
     select now() as checked_at, $1::text as cpf, $2::text as number, $3::uuid as viewer_id,
            (select s.last_seen_at < now() - interval '1 minute'
               from "session" s where s.id = $4::uuid and s.user_id = $3::uuid
                and ${validSessionCondition('s', '$5::bigint')}) as credential_stale)
   select ${ACCESS_COLUMNS}, v.cpf as viewer_cpf, i.viewer_is_titular
     from p
     left join app_user v on v.id = p.viewer_id
     left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf' }, { viewer_is_titular: 'v' })}) i on true
     ${GRANT_LATERAL}`,
);

interface AccessRow {
  checked_at: Date;
  /** Null when the credential no longer holds; true when its use was last recorded over a minute ago. */
  credential_stale: boolean | null;
  viewer_cpf: string | null;
  number: string | null;
  cpf_is_titular: boolean | null;
  viewer_is_titular: boolean | null;
  grant_id: string | null;
  protocol_number: string | null;
  accepted_at: Date | null;
  valid_until: Date | null;
  scopes: string[] | null;
}

async function readAccessFacts(
  em: EntityManager,
  credential: AccessCredential,
  viewerId: string | null | undefined,
  number: string,
  cpf: string,
  opts: AccessQueryOptions,
): Promise<AccessFacts> {
  const n = isInstallationNumber(number) ? number : '';
  const rows =
    'apiKeyId' in credential
      ? await queryPrepared<AccessRow>(em, SERVICE_KEY_STATEMENT, [cpf, n, credential.apiKeyId], opts)
      : await queryPrepared<AccessRow>(
          em,
          PERSON_STATEMENT,
          [cpf, n, viewerId ?? null, credential.sessionId, Math.round(credential.absoluteMs)],
          opts,
        );
  const r = rows[0]!;
  return {
    checkedAt: asDate(r.checked_at),
    credentialValid: r.credential_stale !== null,
    credentialStale: r.credential_stale === true,
    viewerCpf: r.viewer_cpf,
    number: r.number,
    cpfIsTitular: r.cpf_is_titular === true,
    viewerIsTitular: r.viewer_is_titular === true,
    grant: r.grant_id
      ? {
          id: r.grant_id,
          protocolNumber: r.protocol_number!,
          grantedAt: asDateOrNull(r.accepted_at)!,
          validUntil: asDateOrNull(r.valid_until),
        }
      : null,
    grantScopes: r.grant_id ? canonicalScopes(r.scopes) : [],
  };
}

/**
 * Service keys may ask about anyone (and learn that a number does not exist: NOT_FOUND); a person
 * only about their own CPF or installations of partners they are titular of (an unknown number is
 * simply not allowed: no existence oracle).
 */
export async function installationAccess(
  em: EntityManager,
  caller: Caller,
  credential: AccessCredential,
  installationNumber: string,
  cpfInput: string,
  opts: AccessQueryOptions,
): Promise<InstallationAccessAnswer> {
  const cpf = normalizeCpf(cpfInput ?? '') ?? '';
  const number = String(installationNumber ?? '').trim();
  const isKey = caller.kind === 'SERVICE_KEY';
  // The statement runs first even for a bad CPF: the credential's check is in it, and a revoked one
  // learns nothing, not even which input is wrong.
  const facts = await readAccessFacts(em, credential, isKey ? null : caller.userId, number, cpf, opts);
  if (facts.credentialValid && facts.credentialStale) credential.onStale?.();
  if (!facts.credentialValid) {
    throw isKey
      ? new AppError('UNAUTHENTICATED', 'Chave de API inválida ou revogada.')
      : new AppError('UNAUTHENTICATED');
  }
  if (!cpf || !isValidCpf(cpf)) throw AppError.validation({ cpf: 'Informe um CPF válido.' });
  if (!isKey && facts.viewerCpf !== cpf && !facts.viewerIsTitular) {
    throw new AppError(
      'FORBIDDEN',
      'Você só pode consultar o seu próprio CPF ou instalações de parceiros de negócio dos quais é titular.',
    );
  }
  const answer = (allowed: boolean, reason: InstallationAccessAnswer['reason']) => ({
    installationNumber: facts.number || number,
    allowed,
    reason,
    grant: reason === 'GRANTED' ? facts.grant : null,
    scopes: reason === 'TITULAR' ? [...ALL_SCOPES] : reason === 'GRANTED' ? facts.grantScopes : [],
    checkedAt: facts.checkedAt,
  });
  if (!facts.number) {
    if (isKey) throw new AppError('NOT_FOUND', 'Instalação não encontrada.');
    return answer(false, 'NONE');
  }
  // The record says whose CPF it is (what a service key asks); a person asking about their own CPF
  // reads TITULAR only once their account proved it, so a CPF typed at sign-up learns nothing.
  if (facts.cpfIsTitular && (isKey || facts.viewerIsTitular)) return answer(true, 'TITULAR');
  return facts.grant ? answer(true, 'GRANTED') : answer(false, 'NONE');
}
