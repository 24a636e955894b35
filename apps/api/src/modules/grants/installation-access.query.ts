// installationAccess: may this CPF act on this installation now? Asked by other teams' systems
// (service keys) and by people. Judged at query time from committed data: a revoke is visible the
// instant it commits.
import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { asDate, asDateOrNull } from '../../db/sql.ts';
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
 * One statement: the installation and who is titular of it (the customers domain's rule), and the
 * oldest accepted, unrevoked grant covering it for the CPF.
 */
async function readAccessFacts(
  em: EntityManager,
  viewerId: string | null,
  number: string,
  cpf: string,
): Promise<AccessFacts> {
  const rows = await em.execute<
    {
      checked_at: Date;
      viewer_cpf: string | null;
      number: string | null;
      cpf_is_titular: boolean | null;
      viewer_is_titular: boolean | null;
      grant_id: string | null;
      protocol_number: string | null;
      accepted_at: Date | null;
      valid_until: Date | null;
      scopes: string[] | null;
    }[]
  >(
    `select p.checked_at, v.cpf as viewer_cpf, i.number, i.cpf_is_titular, i.viewer_is_titular,
            ga.id as grant_id, ga.protocol_number, ga.accepted_at, ga.valid_until, ga.scopes
       from (select now() as checked_at, ?::text as cpf, ?::text as number) p
       left join app_user v on v.id = ?::uuid
       left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf' }, { viewer_is_titular: 'v' })}) i on true
       left join lateral (
         select g.id, g.protocol_number, g.accepted_at, g.valid_until, g.scopes
           from access_grant_installation agi join access_grant g on g.id = agi.grant_id
          where agi.installation_id = i.id and agi.revoked_at is null
            and g.status = 'ACCEPTED' and g.invitee_cpf = p.cpf
            -- at this moment: within its validity, the installation still the grant's partner's and
            -- active, and the grant's titular still titular of that partner
            and ${WITHIN_VALIDITY} and g.business_partner_id = i.business_partner_id and i.status = 'ACTIVE'
            and ${accountIsTitularOf('g.business_partner_id', 'g.titular_id')}
          order by g.accepted_at limit 1) ga on true`,
    [cpf, isInstallationNumber(number) ? number : '', viewerId],
  );
  const r = rows[0]!;
  return {
    checkedAt: asDate(r.checked_at),
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
  installationNumber: string,
  cpfInput: string,
): Promise<InstallationAccessAnswer> {
  const cpf = normalizeCpf(cpfInput ?? '');
  if (!cpf || !isValidCpf(cpf)) throw AppError.validation({ cpf: 'Informe um CPF válido.' });
  const number = String(installationNumber ?? '').trim();
  const isKey = caller.kind === 'SERVICE_KEY';
  const facts = await readAccessFacts(em, isKey ? null : caller.userId, number, cpf);
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
