import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config/config.ts';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { hashToken, newCode, newToken } from '../../common/tokens.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import { AccessGrantEndReason, AccessGrantStatus } from './access-grant.entity.ts';
import { asDate, asDateOrNull, decodeCursor, isUuid, onlyUuids, pageSize, pgArray } from '../../db/sql.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { installationTitularity } from '../customers/titularity.sql.ts';
import {
  decodeGrantCursor,
  EFFECTIVE_STATUS,
  GRANT_SELECT,
  mapGrantRow,
  type GrantEventRow,
  type GrantInstallationRow,
  type GrantRow,
} from './access-grant.sql.ts';
import {
  eventsOf,
  installationPages,
  listGrants,
  previewInvite,
  requireUser,
  visibleGrant,
  type GrantInstallationPage,
  type GrantListArgs,
  type GrantPage,
  type InstallationPageArgs,
  type InvitePreview,
  type UserRow,
} from './access-grant.queries.ts';
import { acceptInvite, type AcceptInviteInput } from './accept-invite.command.ts';
import { declineInvite } from './decline-invite.command.ts';
import type { Caller } from './grant-access.policy.ts';
import { renounceGrant } from './renounce-grant.command.ts';
import { revokeGrant } from './revoke-grant.command.ts';
import { grantEffects } from './grant-effects.ts';
import type { GrantDeps } from './grant-transition.ts';
import type { AccessGrantChange } from './grant-events.ts';
import { inviteeMismatches, validateInvitee, type InviteeData } from './invitee-match.ts';

/** Versions of the terms recorded with each grant (bump when the legal text changes). */
export const PERMISSION_TERMS_VERSION = '2026-07';
export const PLATFORM_TERMS_VERSION = '2026-03';
/** Upper bound of one grant; 10,000 is the documented need. */
export const MAX_INSTALLATIONS_PER_GRANT = 50_000;

/** Who acts, from where: recorded on every audit event. */
export interface Actor {
  userId: string | null;
  meta: RequestMeta | null;
}

/** What a subscriber is told happened (`AccessGrantChangedEvent.change`). */
export type GrantChange =
  | 'CREATED'
  | 'LINK_REISSUED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'CANCELLED'
  | 'REVOKED'
  | 'INSTALLATIONS_REVOKED'
  | 'RENOUNCED'
  | 'REPLACED';

export interface GrantAccessRequest {
  businessPartnerId: string;
  installationNumbers?: string[] | null;
  allInstallations?: boolean | null;
  invitee: InviteeData;
  acknowledgePartnerConsent: boolean;
  acceptTerms: boolean;
  idempotencyKey: string;
}

export interface InstallationAccessAnswer {
  installationNumber: string;
  allowed: boolean;
  reason: 'TITULAR' | 'GRANTED' | 'NONE';
  grant: { id: string; protocolNumber: string; grantedAt: Date } | null;
  checkedAt: Date;
}

/** The row of a grant locked for a state change. */
interface LockedGrant {
  id: string;
  status: AccessGrantStatus;
  expired: boolean;
  titular_id: string;
  invitee_id: string | null;
  business_partner_id: string;
  business_partner_name: string;
  invitee_full_name: string;
  invitee_cpf: string;
  invitee_email: string;
  protocol_number: string;
  titular_full_name: string;
  titular_email: string;
  titular_cpf: string;
  invitee_account_email: string | null;
  invitee_account_name: string | null;
}

const NOT_FOUND_GRANT = () => new AppError('NOT_FOUND', 'Permissão de acesso não encontrada.');

/**
 * The access-grant lifecycle: invite, accept, decline, revoke, renounce, re-send, expire, and the
 * reads behind the GraphQL types. Every change runs in one transaction that also writes the audit
 * event, enqueues the e-mail and NOTIFYs subscribers: a rolled-back change leaves no trace.
 *
 * Concurrency: each state change is a conditional UPDATE (`… where status = 'INVITED' …`) or works on
 * the grant row locked `FOR UPDATE`; PostgreSQL re-checks the condition after a concurrent commit, so
 * of two racing changes exactly one applies (e.g. accept vs revoke: never ACCEPTED after a revoke).
 */
export class AccessGrantService {
  private readonly grantDeps: GrantDeps;

  constructor(
    private readonly deps: {
      config: Config;
      log: Logger;
      pubsub: PgPubSub;
      mail: MailService;
      customers: CustomersService;
    },
  ) {
    const { emit, links } = grantEffects(deps);
    this.grantDeps = { config: deps.config, customers: deps.customers, emit, links };
  }

  // ───────────────────────────── reads ─────────────────────────────

  user(em: EntityManager, userId: string): Promise<UserRow> {
    return requireUser(em, userId);
  }

  visibleGrant(em: EntityManager, caller: Caller, id: string): Promise<GrantRow> {
    return visibleGrant(em, caller, id);
  }

  listGiven(em: EntityManager, userId: string, args: GrantListArgs): Promise<GrantPage> {
    return listGrants(em, 'GIVEN', userId, args);
  }

  listReceived(em: EntityManager, userId: string, args: GrantListArgs): Promise<GrantPage> {
    return listGrants(em, 'RECEIVED', userId, args);
  }

  installationPages(
    em: EntityManager,
    grantIds: readonly string[],
    args: InstallationPageArgs,
  ): Promise<Map<string, GrantInstallationPage>> {
    return installationPages(em, grantIds, args);
  }

  eventsOf(em: EntityManager, grantIds: readonly string[]): Promise<Map<string, GrantEventRow[]>> {
    return eventsOf(em, grantIds);
  }

  preview(em: EntityManager, actor: Actor, token: string): Promise<InvitePreview> {
    return previewInvite(em, actor, token);
  }

  // ───────────────────────────── invite ─────────────────────────────

  /**
   * Conceder acesso. Idempotency: the same `idempotencyKey` from the same titular never makes a
   * second grant. The link is stored only as a hash, so a replay cannot show the first link again:
   * while the invite is still open, a replay re-issues the titular's copy link (LINK_REISSUED, the
   * previous copy link stops working) and returns the same grant; the link e-mailed to the invitee
   * is left untouched and no second e-mail is sent. A replay after the invite was answered or
   * expired, or with different data, is a CONFLICT.
   */
  async grantAccess(
    em: EntityManager,
    actor: Actor,
    input: GrantAccessRequest,
  ): Promise<{ grantId: string; inviteUrl: string }> {
    const titular = await this.user(em, actor.userId!);
    const fields: FieldErrors = {};
    if (input.acknowledgePartnerConsent !== true) {
      fields.acknowledgePartnerConsent =
        'Confirme que está ciente de que a sua permissão dá acesso aos serviços do parceiro de negócio.';
    }
    if (input.acceptTerms !== true)
      fields.acceptTerms = 'Para enviar o convite, concorde com os termos de aceite.';
    const { value: invitee, errors } = validateInvitee(
      input.invitee ?? { fullName: '', cpf: '', email: '' },
      titular.cpf,
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
    assertNoFieldErrors(fields);

    const previous = await this.grantIdByIdempotencyKey(em, titular.id, key);
    if (previous) return this.replayGrant(em, actor, previous, input.businessPartnerId, invitee);
    try {
      return await em.transactional(async (tx) => {
        const { customers } = this.deps;
        const partner = await customers.assertPartnerOwnedBy(tx, titular.id, input.businessPartnerId);
        let installationIds: string[];
        if (all) {
          installationIds = (await customers.activeInstallationsOf(tx, partner.id)).map((i) => i.id);
          if (installationIds.length === 0) {
            throw AppError.validation({
              installationNumbers: 'Este parceiro de negócio não tem instalações ativas.',
            });
          }
        } else {
          const { active, refused } = await customers.classifyInstallations(tx, partner.id, numbers);
          if (refused.length > 0) {
            throw new AppError(
              'INSTALLATIONS_REFUSED',
              refused.length === 1
                ? `A instalação ${refused[0]!.number} não pode ser incluída no convite.`
                : `${refused.length} instalações não podem ser incluídas no convite.`,
              { installations: refused },
            );
          }
          installationIds = active.map((i) => i.id);
        }
        const created = await this.insertGrant(tx, {
          titularId: titular.id,
          partnerId: partner.id,
          invitee,
          idempotencyKey: key,
          replacesId: null,
          installationIds,
          copyFromGrantId: null,
        });
        await this.recordEvent(tx, created.id, AccessGrantEventType.CREATED, ActorRole.TITULAR, actor, {
          installationCount: installationIds.length,
          allInstallations: all,
        });
        await this.enqueueInvite(tx, invitee, {
          titularName: titular.full_name,
          businessPartnerName: partner.name,
          installationCount: installationIds.length,
          mailToken: created.mailToken,
          expiresAt: created.inviteExpiresAt,
        });
        await this.notify(tx, created.id, titular.id, null, AccessGrantStatus.INVITED, 'CREATED');
        return { grantId: created.id, inviteUrl: this.inviteUrl(created.copyToken) };
      });
    } catch (err) {
      // Two concurrent requests with one key: the loser of the unique index replays the winner.
      if (err instanceof UniqueConstraintViolationException) {
        const winner = await this.grantIdByIdempotencyKey(em, titular.id, key);
        if (winner) return this.replayGrant(em, actor, winner, input.businessPartnerId, invitee);
      }
      throw err;
    }
  }

  private async grantIdByIdempotencyKey(
    em: EntityManager,
    titularId: string,
    key: string,
  ): Promise<string | null> {
    const rows = await em.execute<{ id: string }[]>(
      `select id from access_grant where titular_id = ? and idempotency_key = ?`,
      [titularId, key],
    );
    return rows[0]?.id ?? null;
  }

  private async replayGrant(
    em: EntityManager,
    actor: Actor,
    grantId: string,
    partnerId: string,
    invitee: InviteeData,
  ): Promise<{ grantId: string; inviteUrl: string }> {
    return em.transactional(async (tx) => {
      const g = await this.lock(tx, grantId);
      if (
        g.business_partner_id !== partnerId ||
        g.invitee_cpf !== invitee.cpf ||
        g.invitee_email !== invitee.email
      ) {
        throw new AppError(
          'CONFLICT',
          'Esta chave de idempotência já foi usada em outro convite. Recarregue a página.',
        );
      }
      if (g.status !== AccessGrantStatus.INVITED || g.expired) {
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
      await this.recordEvent(tx, g.id, AccessGrantEventType.LINK_REISSUED, ActorRole.TITULAR, actor, {
        reason: 'IDEMPOTENT_REPLAY',
        emailedLinkKept: true,
      });
      return { grantId: g.id, inviteUrl: this.inviteUrl(copyToken) };
    });
  }

  /**
   * Inserts a grant and its installations: protocol number and expiry from the database (sequence,
   * clock), installations in one INSERT … SELECT whatever their number.
   */
  private async insertGrant(
    tx: EntityManager,
    g: {
      titularId: string;
      partnerId: string;
      invitee: InviteeData;
      idempotencyKey: string | null;
      replacesId: string | null;
      installationIds: string[];
      /** Copy the unrevoked installations of this grant instead of `installationIds`. */
      copyFromGrantId: string | null;
    },
  ): Promise<{
    id: string;
    copyToken: string;
    mailToken: string;
    inviteExpiresAt: Date;
    protocolNumber: string;
  }> {
    const copyToken = newToken();
    const mailToken = newToken();
    const rows = await tx.execute<{ id: string; invite_expires_at: Date; protocol_number: string }[]>(
      `insert into access_grant (id, protocol_number, verification_code, titular_id, business_partner_id,
              invitee_full_name, invitee_cpf, invitee_email, status, invite_token_hash, invite_mail_token_hash,
              invite_expires_at, idempotency_key, installation_count, titular_terms_version, replaces_id, created_at, version)
       values (gen_random_uuid(),
               to_char(now() at time zone 'America/Sao_Paulo', 'YYYY') || '-' || lpad(nextval('access_grant_protocol_seq')::text, 6, '0'),
               ?, ?, ?, ?, ?, ?, 'INVITED', ?, ?, now() + make_interval(secs => ?), ?, ?, ?, ?, now(), 1)
       returning id, invite_expires_at, protocol_number`,
      [
        newCode(20),
        g.titularId,
        g.partnerId,
        g.invitee.fullName,
        g.invitee.cpf,
        g.invitee.email,
        hashToken(copyToken),
        hashToken(mailToken),
        this.deps.config.INVITE_TTL_HOURS * 3600,
        g.idempotencyKey,
        g.installationIds.length,
        PERMISSION_TERMS_VERSION,
        g.replacesId,
      ],
    );
    const row = rows[0]!;
    if (g.copyFromGrantId) {
      await tx.execute(
        `insert into access_grant_installation (grant_id, installation_id)
         select ?, installation_id from access_grant_installation where grant_id = ? and revoked_at is null`,
        [row.id, g.copyFromGrantId],
      );
    } else {
      await tx.execute(
        `insert into access_grant_installation (grant_id, installation_id) select ?, unnest(?::uuid[])`,
        [row.id, pgArray(g.installationIds)],
      );
    }
    return {
      id: row.id,
      copyToken,
      mailToken,
      inviteExpiresAt: asDate(row.invite_expires_at),
      protocolNumber: row.protocol_number,
    };
  }

  // ───────────────────────────── invitee ─────────────────────────────

  accept(em: EntityManager, actor: Actor, input: AcceptInviteInput): Promise<string> {
    return acceptInvite(em, this.grantDeps, actor, input);
  }

  decline(em: EntityManager, actor: Actor, token: string): Promise<void> {
    return declineInvite(em, this.grantDeps, actor, token);
  }

  renounce(em: EntityManager, actor: Actor, id: string): Promise<string> {
    return renounceGrant(em, this.grantDeps, actor, id);
  }

  revoke(
    em: EntityManager,
    actor: Actor,
    id: string,
    installationNumbers?: string[] | null,
  ): Promise<string> {
    return revokeGrant(em, this.grantDeps, actor, id, installationNumbers);
  }

  /**
   * A new link. For an open invite: new token(s) and a new 12-hour window; the old links stop working.
   * For an expired or declined one: a NEW grant with the same invitee data and the same (still
   * granted) installations, a new protocol number, `replacesId` pointing back ("o titular precisa
   * realizar um novo convite com mesmo dados do convidado"). Each closed invite is re-sent once.
   */
  async resend(em: EntityManager, actor: Actor, id: string): Promise<{ grantId: string; inviteUrl: string }> {
    return em.transactional(async (tx) => {
      const g = await this.lock(tx, id);
      if (g.titular_id !== actor.userId) throw NOT_FOUND_GRANT();
      if (g.status === AccessGrantStatus.INVITED && !g.expired) {
        const copyToken = newToken();
        const mailToken = newToken();
        const rows = await tx.execute<{ invite_expires_at: Date; n: number }[]>(
          `update access_grant g set invite_token_hash = ?, invite_mail_token_hash = ?,
                  invite_expires_at = now() + make_interval(secs => ?), version = version + 1
            where id = ?
            returning invite_expires_at,
                      (select count(*)::int from access_grant_installation agi where agi.grant_id = g.id and agi.revoked_at is null) as n`,
          [hashToken(copyToken), hashToken(mailToken), this.deps.config.INVITE_TTL_HOURS * 3600, g.id],
        );
        await this.recordEvent(tx, g.id, AccessGrantEventType.LINK_REISSUED, ActorRole.TITULAR, actor, {
          reason: 'RESENT',
        });
        await this.enqueueInvite(
          tx,
          { fullName: g.invitee_full_name, email: g.invitee_email },
          {
            titularName: g.titular_full_name,
            businessPartnerName: g.business_partner_name,
            installationCount: rows[0]!.n,
            mailToken,
            expiresAt: asDate(rows[0]!.invite_expires_at),
          },
        );
        await this.notify(tx, g.id, g.titular_id, null, AccessGrantStatus.INVITED, 'LINK_REISSUED');
        return { grantId: g.id, inviteUrl: this.inviteUrl(copyToken) };
      }
      if (g.status === AccessGrantStatus.INVITED) {
        // Past its expiry, not yet swept: record the expiry first (the titular is here, no e-mail).
        await tx.execute(
          `update access_grant set status = 'EXPIRED', end_reason = 'INVITE_EXPIRED', ended_at = now(), version = version + 1
            where id = ?`,
          [g.id],
        );
        await this.recordEvent(tx, g.id, AccessGrantEventType.EXPIRED, ActorRole.SYSTEM, {
          userId: null,
          meta: null,
        });
        g.status = AccessGrantStatus.EXPIRED;
      }
      if (g.status !== AccessGrantStatus.EXPIRED && g.status !== AccessGrantStatus.DECLINED) {
        throw new AppError('CONFLICT', 'Só é possível reenviar convites em aberto, expirados ou recusados.');
      }
      const replaced = await tx.execute(`select 1 from access_grant where replaces_id = ?`, [g.id]);
      if (replaced.length > 0)
        throw new AppError('CONFLICT', 'Este convite já foi reenviado. Confira o convite mais recente.');
      await this.deps.customers.assertPartnerOwnedBy(tx, g.titular_id, g.business_partner_id);
      const installations = await tx.execute<
        { number: string; status: string; business_partner_id: string }[]
      >(
        `select i.number, i.status::text as status, i.business_partner_id
           from access_grant_installation agi join installation i on i.id = agi.installation_id
          where agi.grant_id = ? and agi.revoked_at is null`,
        [g.id],
      );
      const refused = installations
        .filter((i) => i.status !== 'ACTIVE' || i.business_partner_id !== g.business_partner_id)
        .map((i) => ({ number: i.number, reason: i.status !== 'ACTIVE' ? 'INACTIVE' : 'NOT_FOUND' }));
      if (refused.length > 0) {
        throw new AppError(
          'INSTALLATIONS_REFUSED',
          'Algumas instalações deste convite não podem mais ser concedidas. Faça um novo convite.',
          { installations: refused },
        );
      }
      if (installations.length === 0)
        throw new AppError('CONFLICT', 'Este convite não tem instalações para reenviar.');
      const invitee = { fullName: g.invitee_full_name, cpf: g.invitee_cpf, email: g.invitee_email };
      const created = await this.insertGrant(tx, {
        titularId: g.titular_id,
        partnerId: g.business_partner_id,
        invitee,
        idempotencyKey: null,
        replacesId: g.id,
        installationIds: installations.map((i) => i.number),
        copyFromGrantId: g.id,
      });
      await this.recordEvent(tx, created.id, AccessGrantEventType.CREATED, ActorRole.TITULAR, actor, {
        installationCount: installations.length,
        replacesId: g.id,
      });
      await this.recordEvent(tx, g.id, AccessGrantEventType.REPLACED, ActorRole.TITULAR, actor, {
        newGrantId: created.id,
      });
      await this.enqueueInvite(tx, invitee, {
        titularName: g.titular_full_name,
        businessPartnerName: g.business_partner_name,
        installationCount: installations.length,
        mailToken: created.mailToken,
        expiresAt: created.inviteExpiresAt,
      });
      await this.notify(tx, g.id, g.titular_id, null, g.status, 'REPLACED');
      await this.notify(tx, created.id, g.titular_id, null, AccessGrantStatus.INVITED, 'CREATED');
      return { grantId: created.id, inviteUrl: this.inviteUrl(created.copyToken) };
    });
  }

  // ───────────────────────────── expiry ─────────────────────────────

  /**
   * Marks overdue invites EXPIRED (database clock), records the events, e-mails each titular and
   * notifies, in batches. Safe in several processes: rows are claimed `FOR UPDATE SKIP LOCKED` and
   * the UPDATE re-checks `status = 'INVITED'`. Returns how many expired.
   */
  async expireOverdue(em: EntityManager, batchSize = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await em.fork().transactional(async (tx) => {
        const rows = await tx.execute<
          {
            id: string;
            titular_id: string;
            invitee_full_name: string;
            protocol_number: string;
            ended_at: Date;
            titular_full_name: string;
            titular_email: string;
          }[]
        >(
          `with due as (
             select id from access_grant where status = 'INVITED' and invite_expires_at <= now()
              order by invite_expires_at limit ? for update skip locked)
           update access_grant g set status = 'EXPIRED', end_reason = 'INVITE_EXPIRED', ended_at = now(), version = version + 1
             from due, app_user t
            where g.id = due.id and g.status = 'INVITED' and t.id = g.titular_id
           returning g.id, g.titular_id, g.invitee_full_name, g.protocol_number, g.ended_at,
                     t.full_name as titular_full_name, t.email as titular_email`,
          [batchSize],
        );
        if (rows.length === 0) return 0;
        await tx.execute(
          `insert into access_grant_event (grant_id, type, actor_role, at) select unnest(?::uuid[]), 'EXPIRED', 'SYSTEM', now()`,
          [pgArray(rows.map((r) => r.id))],
        );
        for (const r of rows) {
          await this.deps.mail.enqueue(
            tx,
            'access-invite-expired',
            { email: r.titular_email, name: r.titular_full_name },
            {
              titularName: r.titular_full_name,
              inviteeName: r.invitee_full_name,
              protocolNumber: r.protocol_number,
              reinviteUrl: `${this.portalUrl()}/acessos-concedidos?reenviar=${r.id}`,
              expiredAt: asDate(r.ended_at),
            },
          );
          await this.notify(tx, r.id, r.titular_id, null, AccessGrantStatus.EXPIRED, 'EXPIRED');
        }
        return rows.length;
      });
      total += n;
      if (n < batchSize) return total;
    }
  }

  // ───────────────────────────── installationAccess ─────────────────────────────

  /**
   * May this CPF act on this installation now? Judged at query time from committed data (a revoke is
   * visible the instant it commits). Service API keys may ask about anyone; a person only about their
   * own CPF or installations of their own partners.
   */
  async installationAccess(
    em: EntityManager,
    principal: { userId: string | null; apiKey: boolean },
    installationNumber: string,
    cpfInput: string,
  ): Promise<InstallationAccessAnswer> {
    const cpf = normalizeCpf(cpfInput ?? '');
    if (!cpf || !isValidCpf(cpf)) throw AppError.validation({ cpf: 'Informe um CPF válido.' });
    const number = String(installationNumber ?? '').trim();
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
      }[]
    >(
      `select p.checked_at, v.cpf as viewer_cpf, i.number, i.cpf_is_titular, i.viewer_is_titular,
              ga.id as grant_id, ga.protocol_number, ga.accepted_at
         from (select now() as checked_at, ?::text as cpf, ?::text as number) p
         left join app_user v on v.id = ?::uuid
         left join lateral (${installationTitularity('p.number', { cpf_is_titular: 'p.cpf', viewer_is_titular: 'v.cpf' })}) i on true
         left join lateral (
           select g.id, g.protocol_number, g.accepted_at
             from access_grant_installation agi join access_grant g on g.id = agi.grant_id
            where agi.installation_id = i.id and agi.revoked_at is null
              and g.status = 'ACCEPTED' and g.invitee_cpf = p.cpf
            order by g.accepted_at limit 1) ga on true`,
      [cpf, isInstallationNumber(number) ? number : '', principal.userId],
    );
    const r = {
      ...rows[0]!,
      checked_at: asDate(rows[0]!.checked_at),
      accepted_at: asDateOrNull(rows[0]!.accepted_at),
    };
    if (!principal.apiKey) {
      const ownCpf = r.viewer_cpf === cpf;
      if (!ownCpf && !r.viewer_is_titular) {
        throw new AppError(
          'FORBIDDEN',
          'Você só pode consultar o seu próprio CPF ou instalações de parceiros de negócio dos quais é titular.',
        );
      }
    }
    const answer = (
      allowed: boolean,
      reason: InstallationAccessAnswer['reason'],
      grant: InstallationAccessAnswer['grant'] = null,
    ): InstallationAccessAnswer => ({
      installationNumber: r.number || number,
      allowed,
      reason,
      grant,
      checkedAt: r.checked_at,
    });
    if (!r.number) {
      if (principal.apiKey) throw new AppError('NOT_FOUND', 'Instalação não encontrada.');
      return answer(false, 'NONE');
    }
    if (r.cpf_is_titular) return answer(true, 'TITULAR');
    if (r.grant_id) {
      return answer(true, 'GRANTED', {
        id: r.grant_id,
        protocolNumber: r.protocol_number!,
        grantedAt: r.accepted_at!,
      });
    }
    return answer(false, 'NONE');
  }

  // ───────────────────────────── helpers ─────────────────────────────

  /** Locks the grant row (FOR UPDATE) and reads what state changes and e-mails need. */
  private async lock(tx: EntityManager, id: string): Promise<LockedGrant> {
    if (!isUuid(id)) throw NOT_FOUND_GRANT();
    const rows = await tx.execute<LockedGrant[]>(
      `select g.id, g.status::text as status, g.invite_expires_at <= now() as expired, g.titular_id, g.invitee_id,
              g.business_partner_id, bp.name as business_partner_name,
              g.invitee_full_name, g.invitee_cpf, g.invitee_email, g.protocol_number,
              t.full_name as titular_full_name, t.email as titular_email, t.cpf as titular_cpf,
              iu.email as invitee_account_email, iu.full_name as invitee_account_name
         from access_grant g
         join app_user t on t.id = g.titular_id
         join business_partner bp on bp.id = g.business_partner_id
         left join app_user iu on iu.id = g.invitee_id
        where g.id = ?
          for update of g`,
      [id],
    );
    if (!rows[0]) throw NOT_FOUND_GRANT();
    return rows[0];
  }

  private async recordEvent(
    em: EntityManager,
    grantId: string,
    type: AccessGrantEventType,
    role: ActorRole,
    actor: Actor,
    data?: Record<string, unknown>,
  ): Promise<void> {
    await em.execute(
      `insert into access_grant_event (grant_id, type, actor_role, actor_id, at, ip, user_agent, data)
       values (?, ?, ?, ?, now(), ?, ?, ?::jsonb)`,
      [
        grantId,
        type,
        role,
        actor.userId,
        actor.meta?.ip ?? null,
        actor.meta?.userAgent?.slice(0, 400) ?? null,
        data ? JSON.stringify(data) : null,
      ],
    );
  }

  /** The invite e-mail: the invitee's link is the mailed one (`mailToken`), valid until `expiresAt`. */
  private async enqueueInvite(
    tx: EntityManager,
    invitee: { fullName: string; email: string },
    invite: {
      titularName: string;
      businessPartnerName: string;
      installationCount: number;
      mailToken: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await this.deps.mail.enqueue(
      tx,
      'access-invite',
      { email: invitee.email, name: invitee.fullName },
      {
        inviteeName: invitee.fullName,
        titularName: invite.titularName,
        businessPartnerName: invite.businessPartnerName,
        installationCount: invite.installationCount,
        inviteUrl: this.inviteUrl(invite.mailToken),
        expiresAt: invite.expiresAt,
      },
    );
  }

  /** NOTIFY inside the transaction: subscribers hear of it only if it commits. */
  private async notify(
    tx: EntityManager,
    grantId: string,
    titularId: string,
    inviteeId: string | null,
    status: AccessGrantStatus,
    change: GrantChange,
  ): Promise<void> {
    await this.deps.pubsub.notify(tx, 'ACCESS_GRANT_CHANGED', {
      grantId,
      titularId,
      inviteeId,
      status,
      change: change as AccessGrantChange,
      at: new Date().toISOString(),
    });
  }

  private portalUrl(): string {
    return this.deps.config.PORTAL_URL.replace(/\/+$/, '');
  }

  /** Built from configuration, never from the request's Host header. */
  inviteUrl(token: string): string {
    return `${this.portalUrl()}/convite/${token}`;
  }

  private grantsUrl(): string {
    return `${this.portalUrl()}/acessos-concedidos`;
  }
}
