// What follows from each change of a grant: its e-mails (to whom, with which template) and whether
// the parties' live subscriptions hear of it. ONE table; commands emit events and never enqueue mail
// or NOTIFY by hand. Effects run inside the change's transaction: a rolled-back change sends
// nothing, a committed one is never lost (outbox, NOTIFY on commit).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config/config.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { partnerTitularAccountIds } from '../customers/titularity.sql.ts';
import { PROTOCOL_RENDER, PROTOCOL_RENDER_DELAY_MS, rendersAhead } from '../protocol/protocol.jobs.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MailRecipient, MailTemplateName, MailTemplates } from '../mail/mail.types.ts';
import { ALL_SCOPES, SCOPE_LABELS } from './access-grant-scope.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';
import {
  AccessGrantChange,
  type GrantEvent,
  type GrantEventOf,
  type GrantSnapshot,
  type IssuedInvite,
} from './grant-events.ts';

/** One e-mail, typed by its template. */
export type OutgoingMail = {
  [T in MailTemplateName]: { template: T; to: MailRecipient; data: MailTemplates[T] };
}[MailTemplateName];

/** Links into the portal, built from configuration (never from the request's Host header). */
export interface PortalLinks {
  invite(token: string): string;
  grants: string;
  /** Acessos recebidos (the invitee's list). */
  received: string;
  home: string;
  reinvite(grantId: string): string;
}

export function portalLinks(portalUrl: string): PortalLinks {
  const base = portalUrl.replace(/\/+$/, '');
  return {
    invite: (token) => `${base}/convite/${token}`,
    grants: `${base}/acessos-concedidos`,
    received: `${base}/acessos-recebidos`,
    home: base,
    reinvite: (grantId) => `${base}/acessos-concedidos?reenviar=${grantId}`,
  };
}

interface Effect<T extends AccessGrantChange> {
  mails(event: GrantEventOf<T>, links: PortalLinks): OutgoingMail[];
  /** Whether the titular's and the invitee's `accessGrantChanged` subscriptions hear of it. */
  notifies(event: GrantEventOf<T>): boolean;
}

const NO_MAIL = (): OutgoingMail[] => [];
const ALWAYS = (): boolean => true;

/** The invite e-mail: the invitee's own link (`mailToken`), valid until `expiresAt`. */
function inviteMail(g: GrantSnapshot, invite: IssuedInvite, links: PortalLinks): OutgoingMail {
  return {
    template: 'access-invite',
    to: { email: g.invitee.email, name: g.invitee.fullName },
    data: {
      inviteeName: g.invitee.fullName,
      titularName: g.titular.fullName,
      businessPartnerName: g.businessPartnerName,
      installationCount: invite.installationCount,
      inviteUrl: links.invite(invite.mailToken),
      expiresAt: invite.expiresAt,
      validUntil: g.validUntil,
      scopes: (g.scopes ?? ALL_SCOPES).map((s) => SCOPE_LABELS[s]),
    },
  };
}

type TitularTemplate =
  'access-invite-accepted' | 'access-invite-declined' | 'access-renounced' | 'access-invite-expired';

/** An e-mail telling the titular what became of their grant (accepted, declined, renounced, expired). */
function toTitular<T extends TitularTemplate>(
  g: GrantSnapshot,
  template: T,
  data: Omit<MailTemplates[T], 'titularName' | 'protocolNumber'>,
): OutgoingMail {
  const full = { titularName: g.titular.fullName, protocolNumber: g.protocolNumber, ...data };
  return {
    template,
    to: { email: g.titular.email, name: g.titular.fullName },
    data: full as unknown as MailTemplates[T],
  } as OutgoingMail;
}

/** To the invitee's account (or, failing that, as invited): installations removed or the grant ended. */
function revokedMail(e: { grant: GrantSnapshot; at: Date }, numbers: string[], whole: boolean): OutgoingMail {
  const g = e.grant;
  const name = g.inviteeAccount?.fullName ?? g.invitee.fullName;
  return {
    template: 'access-revoked',
    to: { email: g.inviteeAccount?.email ?? g.invitee.email, name },
    data: {
      inviteeName: name,
      titularName: g.titular.fullName,
      businessPartnerName: g.businessPartnerName,
      protocolNumber: g.protocolNumber,
      installationNumbers: numbers,
      wholeGrant: whole,
      revokedAt: e.at,
    },
  };
}

type BothPeopleTemplate = 'access-ended' | 'access-validity-reminder';

/** The same e-mail to the titular and to the invitee (their account once accepted, else as invited). */
function toBoth<T extends BothPeopleTemplate>(
  g: GrantSnapshot,
  template: T,
  data: (
    recipient: 'TITULAR' | 'INVITEE',
  ) => Omit<
    MailTemplates[T],
    'recipient' | 'recipientName' | 'titularName' | 'inviteeName' | 'businessPartnerName' | 'protocolNumber'
  >,
): OutgoingMail[] {
  const inviteeName = g.inviteeAccount?.fullName ?? g.invitee.fullName;
  const people = [
    { recipient: 'TITULAR' as const, email: g.titular.email, name: g.titular.fullName },
    { recipient: 'INVITEE' as const, email: g.inviteeAccount?.email ?? g.invitee.email, name: inviteeName },
  ];
  return people.map(
    (to) =>
      ({
        template,
        to: { email: to.email, name: to.name },
        data: {
          recipient: to.recipient,
          recipientName: to.name,
          titularName: g.titular.fullName,
          inviteeName,
          businessPartnerName: g.businessPartnerName,
          protocolNumber: g.protocolNumber,
          ...data(to.recipient),
        },
      }) as unknown as OutgoingMail,
  );
}

export const GRANT_EFFECTS: { [T in AccessGrantChange]: Effect<T> } = {
  CREATED: { mails: (e, links) => [inviteMail(e.grant, e.invite, links)], notifies: ALWAYS },
  // An idempotent replay re-issues only the titular's copy link: no e-mail, nothing to tell.
  LINK_REISSUED: {
    mails: (e, links) => (e.invite ? [inviteMail(e.grant, e.invite, links)] : []),
    notifies: (e) => e.invite !== null,
  },
  ACCEPTED: {
    mails: (e, links) => [
      toTitular(e.grant, 'access-invite-accepted', {
        inviteeName: e.grant.invitee.fullName,
        installationCount: e.grant.activeInstallationCount,
        grantsUrl: links.grants,
        acceptedAt: e.at,
      }),
    ],
    notifies: ALWAYS,
  },
  DECLINED: {
    mails: (e, links) => [
      toTitular(e.grant, 'access-invite-declined', {
        inviteeName: e.grant.invitee.fullName,
        grantsUrl: links.grants,
        declinedAt: e.at,
      }),
    ],
    notifies: ALWAYS,
  },
  // Found expired by a resend, the titular is the one acting: neither e-mail nor notification.
  EXPIRED: {
    mails: (e, links) =>
      e.swept
        ? [
            toTitular(e.grant, 'access-invite-expired', {
              inviteeName: e.grant.invitee.fullName,
              reinviteUrl: links.reinvite(e.grant.id),
              expiredAt: e.at,
            }),
          ]
        : [],
    notifies: (e) => e.swept,
  },
  CANCELLED: { mails: NO_MAIL, notifies: ALWAYS },
  REVOKED: { mails: (e) => [revokedMail(e, e.removedNumbers, true)], notifies: ALWAYS },
  // Emptying the grant ends it in the same transaction: the REVOKED or CANCELLED that follows speaks.
  INSTALLATIONS_REVOKED: {
    mails: (e) =>
      e.remaining > 0 && e.grant.status === AccessGrantStatus.ACCEPTED
        ? [revokedMail(e, e.removedNumbers, false)]
        : [],
    notifies: (e) => e.remaining > 0,
  },
  RENOUNCED: {
    mails: (e, links) => [
      toTitular(e.grant, 'access-renounced', {
        inviteeName: e.grant.inviteeAccount?.fullName ?? e.grant.invitee.fullName,
        grantsUrl: links.grants,
        renouncedAt: e.at,
      }),
    ],
    notifies: ALWAYS,
  },
  REPLACED: { mails: NO_MAIL, notifies: ALWAYS },
  AUTHORITY_ENDED: {
    mails: (e, links) =>
      toBoth(e.grant, 'access-ended', () => ({
        reason: e.reason,
        installationNumbers: e.remaining > 0 ? e.removedNumbers : [],
        wholeGrant: e.remaining === 0,
        wasInvite: e.wasInvite,
        endedAt: e.at,
        portalUrl: links.home,
      })),
    notifies: ALWAYS,
  },
  VALIDITY_ENDED: {
    mails: (e, links) =>
      toBoth(e.grant, 'access-ended', () => ({
        reason: 'VALIDITY_ENDED' as const,
        installationNumbers: [],
        wholeGrant: true,
        wasInvite: false,
        endedAt: e.at,
        portalUrl: links.home,
      })),
    notifies: ALWAYS,
  },
  // The titular is the one acting: only the invitee (once they accepted) is told.
  VALIDITY_CHANGED: {
    mails: (e, links) =>
      e.grant.inviteeAccount
        ? [
            {
              template: 'access-validity-changed',
              to: { email: e.grant.inviteeAccount.email, name: e.grant.inviteeAccount.fullName },
              data: {
                inviteeName: e.grant.inviteeAccount.fullName,
                titularName: e.grant.titular.fullName,
                businessPartnerName: e.grant.businessPartnerName,
                protocolNumber: e.grant.protocolNumber,
                validUntil: e.grant.validUntil,
                url: links.received,
              },
            },
          ]
        : [],
    notifies: ALWAYS,
  },
  VALIDITY_REMINDER_SENT: {
    mails: (e, links) =>
      toBoth(e.grant, 'access-validity-reminder', (who) => ({
        validUntil: e.grant.validUntil!,
        url: who === 'TITULAR' ? links.grants : links.received,
      })),
    notifies: () => false,
  },
  // The titular is the one acting: the invitee (their account, or as invited) is told, and hears it live.
  SCOPES_NARROWED: {
    mails: (e) => {
      const g = e.grant;
      const to = g.inviteeAccount ?? { fullName: g.invitee.fullName, email: g.invitee.email };
      return [
        {
          template: 'access-scopes-narrowed',
          to: { email: to.email, name: to.fullName },
          data: {
            inviteeName: to.fullName,
            titularName: g.titular.fullName,
            businessPartnerName: g.businessPartnerName,
            protocolNumber: g.protocolNumber,
            remaining: (g.scopes ?? ALL_SCOPES).map((s) => SCOPE_LABELS[s]),
            removed: e.removed.map((s) => SCOPE_LABELS[s]),
            narrowedAt: e.at,
          },
        },
      ];
    },
    notifies: ALWAYS,
  },
};

function effectOf<T extends AccessGrantChange>(event: GrantEventOf<T>): Effect<T> {
  return GRANT_EFFECTS[event.type];
}

/** Runs an event's effects inside the caller's transaction. */
export type EmitGrantEvent = (tx: EntityManager, event: GrantEvent) => Promise<void>;

export function grantEffects(deps: {
  config: Config;
  mail: MailService;
  pubsub: PgPubSub;
  jobs?: Pick<JobQueue, 'enqueue'>;
}): {
  emit: EmitGrantEvent;
  links: PortalLinks;
} {
  const links = portalLinks(deps.config.PORTAL_URL);
  const emit: EmitGrantEvent = async (tx, event) => {
    const effect = effectOf(event);
    for (const m of effect.mails(event, links)) await deps.mail.enqueue(tx, m.template, m.to, m.data);
    // A large grant's protocol PDF is rendered again ahead of its next download (protocol.jobs.ts).
    if (rendersAhead(event.grant.activeInstallationCount)) {
      const grantId = event.grant.id;
      const render = { singletonKey: grantId, startAfterMs: PROTOCOL_RENDER_DELAY_MS };
      await deps.jobs?.enqueue(tx, PROTOCOL_RENDER, { grantId }, render);
    }
    if (!effect.notifies(event)) return;
    // Appended to the live event stream inside the transaction (NOTIFY only wakes the readers):
    // subscribers hear of it only if it commits, and after any reconnect they still do.
    // Company grants: every current representative's Acessos concedidos hears of it too.
    const partnerUsers = await tx.execute<{ id: string }[]>(
      `select id from (${partnerTitularAccountIds('?')}) p where p.id <> ?`,
      [event.grant.businessPartnerId, event.grant.titular.id],
    );
    await deps.pubsub.notify(tx, 'ACCESS_GRANT_CHANGED', {
      grantId: event.grant.id,
      titularId: event.grant.titular.id,
      inviteeId: event.grant.inviteeAccount?.id ?? null,
      ...(partnerUsers.length ? { partnerUserIds: partnerUsers.map((u) => u.id) } : {}),
      status: event.grant.status,
      change: event.type,
      at: event.at.toISOString(),
    });
  };
  return { emit, links };
}
