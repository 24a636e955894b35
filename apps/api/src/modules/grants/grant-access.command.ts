// Conceder acesso: the titular invites a person to act on installations of one of their partners.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { requireUser, type UserRow } from './access-grant.queries.ts';
import type { Actor } from './grant-audit.ts';
import { AccessGrantChange } from './grant-events.ts';
import { insertGrant, type IssuedLink } from './grant-insert.ts';
import { isOpenInvite } from './grant-state-machine.ts';
import { lockGrant, recordChange, type GrantDeps } from './grant-transition.ts';
import { validUntilProblem } from './grant-validity.ts';
import { ALL_SCOPES, canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';
import { validateInvitee, type InviteeData } from './invitee-match.ts';

/** Upper bound of one grant; 10,000 is the documented need. */
export const MAX_INSTALLATIONS_PER_GRANT = 50_000;

export interface GrantAccessRequest {
  businessPartnerId: string;
  installationNumbers?: string[] | null;
  allInstallations?: boolean | null;
  invitee: InviteeData;
  acknowledgePartnerConsent: boolean;
  acceptTerms: boolean;
  idempotencyKey: string;
  /** Prazo da permissão; null or absent: "Até eu retirar". */
  validUntil?: Date | null;
  /** What the invitee may do; null or absent: everything (ALL_SCOPES). */
  scopes?: readonly AccessGrantScope[] | null;
}

interface ValidRequest {
  invitee: InviteeData;
  key: string;
  all: boolean;
  numbers: string[];
  validUntil: Date | null;
  scopes: AccessGrantScope[];
}

/** Every field problem at once, in Portuguese, or the request as it will be used. */
function validateRequest(
  input: GrantAccessRequest,
  titularCpf: string,
  inviteTtlHours: number,
): ValidRequest {
  const fields: FieldErrors = {};
  const validUntil = input.validUntil ?? null;
  if (validUntil) {
    const now = new Date();
    const problem = validUntilProblem(validUntil, now, new Date(now.getTime() + inviteTtlHours * 3600_000));
    if (problem) fields.validUntil = problem;
  }
  if (input.acknowledgePartnerConsent !== true) {
    fields.acknowledgePartnerConsent =
      'Confirme que está ciente de que a sua permissão dá acesso aos serviços do parceiro de negócio.';
  }
  if (input.acceptTerms !== true)
    fields.acceptTerms = 'Para enviar o convite, concorde com os termos de aceite.';
  const { value: invitee, errors } = validateInvitee(
    input.invitee ?? { fullName: '', cpf: '', email: '' },
    titularCpf,
  );
  Object.assign(fields, errors);
  const key = (input.idempotencyKey ?? '').trim();
  if (!key || key.length > 100)
    fields.idempotencyKey = 'Chave de idempotência inválida. Recarregue a página.';
  const all = input.allInstallations === true;
  const numbers = input.installationNumbers ?? [];
  if (all && numbers.length > 0) {
    fields.installationNumbers = 'Escolha algumas instalações ou todas, não as duas coisas.';
  } else if (!all && numbers.length === 0) {
    fields.installationNumbers = 'Selecione ao menos uma instalação.';
  } else if (numbers.length > MAX_INSTALLATIONS_PER_GRANT) {
    fields.installationNumbers = `Um convite pode ter no máximo ${MAX_INSTALLATIONS_PER_GRANT.toLocaleString('pt-BR')} instalações.`;
  }
  const scopes = input.scopes == null ? [...ALL_SCOPES] : canonicalScopes(input.scopes);
  if (scopes.length === 0) fields.scopes = 'Escolha ao menos uma coisa que a pessoa poderá fazer.';
  assertNoFieldErrors(fields);
  return { invitee, key, all, numbers, validUntil, scopes };
}

/** The partner's installations the request names (all its active ones, or those numbers, all active). */
async function chosenInstallations(
  tx: EntityManager,
  deps: GrantDeps,
  partnerId: string,
  req: ValidRequest,
): Promise<string[]> {
  if (req.all) {
    const ids = (await deps.customers.activeInstallationsOf(tx, partnerId)).map((i) => i.id);
    if (ids.length === 0) {
      throw AppError.validation({
        installationNumbers: 'Este parceiro de negócio não tem instalações ativas.',
      });
    }
    return ids;
  }
  const { active, refused } = await deps.customers.classifyInstallations(tx, partnerId, req.numbers);
  if (refused.length > 0) {
    throw new AppError(
      'INSTALLATIONS_REFUSED',
      refused.length === 1
        ? `A instalação ${refused[0]!.number} não pode ser incluída no convite.`
        : `${refused.length} instalações não podem ser incluídas no convite.`,
      { installations: refused },
    );
  }
  return active.map((i) => i.id);
}

async function createGrant(
  tx: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  titular: UserRow,
  partnerId: string,
  req: ValidRequest,
): Promise<IssuedLink> {
  const partner = await deps.customers.assertPartnerOwnedBy(tx, titular.id, partnerId);
  const installationIds = await chosenInstallations(tx, deps, partner.id, req);
  const created = await insertGrant(tx, deps, {
    titular: { id: titular.id, fullName: titular.full_name, email: titular.email, cpf: titular.cpf },
    partner: { id: partner.id, name: partner.name },
    invitee: req.invitee,
    idempotencyKey: req.key,
    replacesId: null,
    installationIds,
    validUntil: req.validUntil,
    scopes: req.scopes,
  });
  await recordChange(tx, deps, {
    change: AccessGrantChange.CREATED,
    grant: created.grant,
    actor,
    role: ActorRole.TITULAR,
    audit: {
      installationCount: installationIds.length,
      allInstallations: req.all,
      validUntil: req.validUntil?.toISOString() ?? null,
      scopes: req.scopes,
    },
    detail: { invite: created.invite },
  });
  return { grantId: created.grant.id, inviteUrl: deps.links.invite(created.copyToken) };
}

async function grantIdByIdempotencyKey(em: EntityManager, titularId: string, key: string) {
  const rows = await em.execute<{ id: string }[]>(
    `select id from access_grant where titular_id = ? and idempotency_key = ?`,
    [titularId, key],
  );
  return rows[0]?.id ?? null;
}

/**
 * The same key again. The link is stored only as a hash, so the first one cannot be shown again:
 * while the invite is open, the titular's copy link is re-issued (the previous copy stops working);
 * the link e-mailed to the invitee is kept and no second e-mail goes out.
 */
async function replayGrant(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  grantId: string,
  partnerId: string,
  invitee: InviteeData,
): Promise<IssuedLink> {
  return em.transactional(async (tx) => {
    const g = await lockGrant(tx, grantId);
    if (
      g.businessPartnerId !== partnerId ||
      g.invitee.cpf !== invitee.cpf ||
      g.invitee.email !== invitee.email
    ) {
      throw new AppError(
        'CONFLICT',
        'Esta chave de idempotência já foi usada em outro convite. Recarregue a página.',
      );
    }
    if (!isOpenInvite(g)) {
      throw new AppError(
        'CONFLICT',
        'Este convite já foi enviado e não está mais aberto. Confira em “Acessos concedidos”.',
      );
    }
    const copyToken = newToken();
    await tx.execute(`update access_grant set invite_token_hash = ?, version = version + 1 where id = ?`, [
      hashToken(copyToken),
      g.id,
    ]);
    await recordChange(tx, deps, {
      change: AccessGrantChange.LINK_REISSUED,
      grant: g,
      actor,
      role: ActorRole.TITULAR,
      audit: { reason: 'IDEMPOTENT_REPLAY', emailedLinkKept: true },
      detail: { invite: null },
    });
    return { grantId: g.id, inviteUrl: deps.links.invite(copyToken) };
  });
}

/**
 * Idempotency: the same `idempotencyKey` from the same titular never makes a second grant (see
 * `replayGrant`); a replay after the invite was answered or expired, or with other data, is a
 * CONFLICT. Of two concurrent requests with one key, the loser of the unique index replays the winner.
 */
export async function grantAccess(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  input: GrantAccessRequest,
  /** The actor's account, when the caller already read it this request. */
  titularRow?: UserRow,
): Promise<IssuedLink> {
  const titular =
    titularRow && titularRow.id === actor.userId ? titularRow : await requireUser(em, actor.userId!);
  const req = validateRequest(input, titular.cpf, deps.config.INVITE_TTL_HOURS);
  const previous = await grantIdByIdempotencyKey(em, titular.id, req.key);
  if (previous) return replayGrant(em, deps, actor, previous, input.businessPartnerId, req.invitee);
  try {
    return await em.transactional((tx) =>
      createGrant(tx, deps, actor, titular, input.businessPartnerId, req),
    );
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await grantIdByIdempotencyKey(em, titular.id, req.key);
      if (winner) return replayGrant(em, deps, actor, winner, input.businessPartnerId, req.invitee);
    }
    throw err;
  }
}
