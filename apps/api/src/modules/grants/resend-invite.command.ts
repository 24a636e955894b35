// A new invite link (titular): for an open invite, new links; for a closed one, a new grant.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import { asDate } from '../../db/sql.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { requireUser } from './access-grant.queries.ts';
import { partiesOf } from './access-grant.sql.ts';
import { authorize } from './grant-access.policy.ts';
import { SYSTEM_ACTOR, type Actor } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { AccessGrantChange, type GrantSnapshot } from './grant-events.ts';
import { insertGrant, type IssuedLink } from './grant-insert.ts';
import { can, isOpenInvite, isReplaceable } from './grant-state-machine.ts';
import { actingCaller, lockGrant, recordChange, transition, type GrantDeps } from './grant-transition.ts';

/** New tokens and a new validity window; the old links stop working. */
async function reissueInvite(
  tx: EntityManager,
  deps: GrantDeps,
  g: GrantSnapshot,
  actor: Actor,
): Promise<IssuedLink> {
  const copyToken = newToken();
  const mailToken = newToken();
  const rows = await tx.execute<{ invite_expires_at: Date }[]>(
    `update access_grant set invite_token_hash = ?, invite_mail_token_hash = ?,
            invite_expires_at = now() + make_interval(secs => ?), version = version + 1
      where id = ? returning invite_expires_at`,
    [hashToken(copyToken), hashToken(mailToken), deps.config.INVITE_TTL_HOURS * 3600, g.id],
  );
  const invite = {
    mailToken,
    expiresAt: asDate(rows[0]!.invite_expires_at),
    installationCount: g.activeInstallationCount,
  };
  await recordChange(tx, deps, {
    change: AccessGrantChange.LINK_REISSUED,
    grant: g,
    actor,
    role: ActorRole.TITULAR,
    audit: { reason: 'RESENT' },
    detail: { invite },
  });
  return { grantId: g.id, inviteUrl: deps.links.invite(copyToken) };
}

/**
 * "O titular precisa realizar um novo convite com mesmo dados do convidado": a NEW grant with the
 * same invitee and the same (still granted, still grantable) installations, a new protocol number,
 * `replacesId` pointing back. Each closed invite is re-sent once.
 */
async function replaceInvite(
  tx: EntityManager,
  deps: GrantDeps,
  g: GrantSnapshot,
  actor: Actor,
): Promise<IssuedLink> {
  if (!isReplaceable(g.status)) {
    throw new AppError('CONFLICT', 'Só é possível reenviar convites em aberto, expirados ou recusados.');
  }
  const replaced = await tx.execute(`select 1 from access_grant where replaces_id = ?`, [g.id]);
  if (replaced.length > 0) {
    throw new AppError('CONFLICT', 'Este convite já foi reenviado. Confira o convite mais recente.');
  }
  // The acting titular (any current representative of a company partner) makes the new invite.
  const partner = await deps.customers.assertPartnerOwnedBy(tx, actor.userId!, g.businessPartnerId);
  const titular = g.titular.id === actor.userId ? g.titular : await titularOf(tx, actor.userId!);
  if (g.validUntil && g.validUntil.getTime() <= Date.now() + deps.config.INVITE_TTL_HOURS * 3600_000) {
    throw new AppError('CONFLICT', 'O prazo desta permissão já terminou. Faça um novo convite.');
  }
  const granted = await tx.execute<{ number: string }[]>(
    `select i.number from access_grant_installation agi join installation i on i.id = agi.installation_id
      where agi.grant_id = ? and agi.revoked_at is null`,
    [g.id],
  );
  const { active, refused } = await deps.customers.classifyInstallations(
    tx,
    partner.id,
    granted.map((i) => i.number),
  );
  if (refused.length > 0) {
    throw new AppError(
      'INSTALLATIONS_REFUSED',
      'Algumas instalações deste convite não podem mais ser concedidas. Faça um novo convite.',
      { installations: refused },
    );
  }
  if (active.length === 0) throw new AppError('CONFLICT', 'Este convite não tem instalações para reenviar.');
  const created = await insertGrant(tx, deps, {
    titular,
    validUntil: g.validUntil,
    scopes: g.scopes,
    partner: { id: partner.id, name: g.businessPartnerName },
    invitee: g.invitee,
    idempotencyKey: null,
    replacesId: g.id,
    installationIds: active.map((i) => i.id),
  });
  const by = { actor, role: ActorRole.TITULAR };
  const newGrantId = created.grant.id;
  await recordChange(tx, deps, {
    ...by,
    change: AccessGrantChange.REPLACED,
    grant: g,
    audit: { newGrantId },
    detail: { newGrantId },
  });
  await recordChange(tx, deps, {
    ...by,
    change: AccessGrantChange.CREATED,
    grant: created.grant,
    audit: { installationCount: active.length, replacesId: g.id },
    detail: { invite: created.invite },
  });
  return { grantId: newGrantId, inviteUrl: deps.links.invite(created.copyToken) };
}

async function titularOf(tx: EntityManager, userId: string): Promise<GrantSnapshot['titular']> {
  const u = await requireUser(tx, userId);
  return { id: u.id, fullName: u.full_name, email: u.email, cpf: u.cpf };
}

/** On the locked grant row: of two concurrent resends exactly one link works. */
export async function resendInvite(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  id: string,
): Promise<IssuedLink> {
  return em.transactional(async (tx) => {
    let g = await lockGrant(tx, id);
    authorize(await actingCaller(tx, deps, actor), 'RESEND', partiesOf(g));
    if (isOpenInvite(g)) return reissueInvite(tx, deps, g, actor);
    if (can('EXPIRE', g)) {
      // Past its expiry, not yet swept: record the expiry first (the titular is here: no e-mail).
      g = await transition(tx, deps, {
        name: 'EXPIRE',
        grant: g,
        actor: SYSTEM_ACTOR,
        role: ActorRole.SYSTEM,
        refusal: grantAlreadyEnded,
        detail: { swept: false },
      });
    }
    return replaceInvite(tx, deps, g, actor);
  });
}
