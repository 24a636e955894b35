// installationAccess: may this CPF act on this installation now? Asked by other teams' systems
// (service keys) and by people. Judged at query time from committed data: a revoke is visible the
// instant it commits.
import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type pg from 'pg';
import { poolOf, preparedStatement, queryPrepared } from '../../db/prepared.ts';
import { StatementBatcher } from '../../db/statement-batcher.ts';
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
 * One statement each for service keys and for people, prepared once per connection, answering a
 * batch of checks (concurrent requests share it: db/statement-batcher.ts), one row per check in
 * `ord` order. The parameters sit behind sub-selects and a materialized CTE so no plan can
 * specialise on their values (not even on the batch's length): the generic plan costs what a custom one would, and PostgreSQL keeps it after five calls
 * instead of planning (~1.3 ms) every call. Each row answers: the credential still valid (null) and
 * whether its use is due to be recorded, the installation and who is titular of it (the customers
 * domain's rule), and the oldest accepted, unrevoked grant covering it for the CPF.
 * Service keys: $1 CPFs, $2 numbers, $3 API keys.
 */
const SERVICE_KEY_STATEMENT = preparedStatement(
  'installation-access:keys',
  `with p as materialized (
     select t.ord, now() as checked_at, t.cpf, t.number,
            (select coalesce(k.last_used_at < now() - interval '1 minute', true)
               from api_key k where k.id = t.key_id and ${usableKeyCondition('k')}) as credential_stale
       from unnest((select $1::text[]), (select $2::text[]), (select $3::uuid[]))
            with ordinality as t(cpf, number, key_id, ord))
   select p.ord, ${ACCESS_COLUMNS}, null::text as viewer_cpf, false as viewer_is_titular
     from p
     left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf' })}) i on true
     ${GRANT_LATERAL}`,
);

/** People: $1 CPFs, $2 numbers, $3 the viewers, $4 their sessions, $5 the sessions' absolute lifetimes (ms). */
const PERSON_STATEMENT = preparedStatement(
  'installation-access:people',
  `with p as materialized (
     select t.ord, now() as checked_at, t.cpf, t.number, t.viewer_id,
            (select s.last_seen_at < now() - interval '1 minute'
               from "session" s where s.id = t.session_id and s.user_id = t.viewer_id
                and ${validSessionCondition('s', 't.absolute_ms')}) as credential_stale
       from unnest((select $1::text[]), (select $2::text[]), (select $3::uuid[]), (select $4::uuid[]),
                   (select $5::bigint[]))
            with ordinality as t(cpf, number, viewer_id, session_id, absolute_ms, ord))
   select p.ord, ${ACCESS_COLUMNS}, v.cpf as viewer_cpf, i.viewer_is_titular
     from p
     left join app_user v on v.id = p.viewer_id
     left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf' }, { viewer_is_titular: 'v' })}) i on true
     ${GRANT_LATERAL}`,
);

interface KeyCheck {
  cpf: string;
  number: string;
  apiKeyId: string;
}

interface PersonCheck {
  cpf: string;
  number: string;
  viewerId: string | null;
  sessionId: string;
  absoluteMs: number;
}

/** One batch statement's rows, in the order of its items. */
function inOrder(rows: (AccessRow & { ord: string | number })[], count: number): AccessRow[] {
  const out = new Array<AccessRow>(count);
  for (const r of rows) out[Number(r.ord) - 1] = r;
  return out;
}

interface Batchers {
  keys: StatementBatcher<KeyCheck, AccessRow>;
  people: StatementBatcher<PersonCheck, AccessRow>;
}

/** Per pool (the primary's, a replica's) and statement mode. */
const batchers = new WeakMap<pg.Pool, Map<boolean, Batchers>>();

function batchersFor(pool: pg.Pool, prepared: boolean): Batchers {
  let byMode = batchers.get(pool);
  if (!byMode) batchers.set(pool, (byMode = new Map<boolean, Batchers>()));
  let b = byMode.get(prepared);
  if (!b) {
    const opts = { prepared };
    b = {
      keys: new StatementBatcher(async (items) =>
        inOrder(
          await queryPrepared<AccessRow & { ord: string }>(
            pool,
            SERVICE_KEY_STATEMENT,
            [items.map((c) => c.cpf), items.map((c) => c.number), items.map((c) => c.apiKeyId)],
            opts,
          ),
          items.length,
        ),
      ),
      people: new StatementBatcher(async (items) =>
        inOrder(
          await queryPrepared<AccessRow & { ord: string }>(
            pool,
            PERSON_STATEMENT,
            [
              items.map((c) => c.cpf),
              items.map((c) => c.number),
              items.map((c) => c.viewerId),
              items.map((c) => c.sessionId),
              items.map((c) => c.absoluteMs),
            ],
            opts,
          ),
          items.length,
        ),
      ),
    };
    byMode.set(prepared, b);
  }
  return b;
}

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
  const b = batchersFor(await poolOf(em), opts.prepared);
  const r =
    'apiKeyId' in credential
      ? await b.keys.run({ cpf, number: n, apiKeyId: credential.apiKeyId })
      : await b.people.run({
          cpf,
          number: n,
          viewerId: viewerId ?? null,
          sessionId: credential.sessionId,
          absoluteMs: Math.round(credential.absoluteMs),
        });
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
