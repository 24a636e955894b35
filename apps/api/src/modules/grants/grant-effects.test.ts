import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../config/config.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { MailService } from '../mail/mail.service.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';
import { grantEffects } from './grant-effects.ts';
import { AccessGrantChange as C, type GrantEvent, type GrantSnapshot } from './grant-events.ts';

const AT = new Date('2026-12-01T12:00:00.000Z');
const invite = { mailToken: 'mail-token', expiresAt: AT, installationCount: 2 };

function snapshot(status: AccessGrantStatus, accepted = false): GrantSnapshot {
  return {
    id: 'g1',
    status,
    expired: false,
    protocolNumber: '2026-000001',
    businessPartnerId: 'p1',
    businessPartnerName: 'Parceiro Ltda.',
    titular: { id: 't1', fullName: 'Ana Souza', email: 'ana@exemplo.com.br', cpf: '11144477735' },
    invitee: { fullName: 'jose silva', cpf: '52998224725', email: 'convite@exemplo.com.br' },
    inviteeAccount: accepted ? { id: 'i1', fullName: 'José Silva', email: 'conta@exemplo.com.br' } : null,
    activeInstallationCount: 2,
    validUntil: null,
  };
}

/** Runs one event through the effects table; what it enqueued and notified. */
async function effectsOf(event: GrantEvent) {
  const mails: { template: string; to: string; data: Record<string, unknown> }[] = [];
  const notes: Record<string, unknown>[] = [];
  const { emit } = grantEffects({
    config: { PORTAL_URL: 'http://portal.test/' } as Config,
    mail: {
      enqueue: (_em: unknown, template: string, to: { email: string }, data: object) => {
        mails.push({ template, to: to.email, data: data as Record<string, unknown> });
        return Promise.resolve();
      },
    } as unknown as MailService,
    pubsub: {
      notify: (_em: unknown, _topic: string, payload: Record<string, unknown>) => {
        notes.push(payload);
        return Promise.resolve();
      },
    } as unknown as PgPubSub,
  });
  await emit({ execute: () => Promise.resolve([]) } as unknown as EntityManager, event);
  return { mails: mails.map((m) => `${m.template} → ${m.to}`), data: mails[0]?.data, notes };
}

const { INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED } = AccessGrantStatus;

/** Event, grant status, accepted, e-mails sent, notifies. */
const TABLE = [
  [{ type: C.CREATED, invite }, INVITED, false, ['access-invite → convite@exemplo.com.br'], true],
  [{ type: C.LINK_REISSUED, invite }, INVITED, false, ['access-invite → convite@exemplo.com.br'], true],
  [{ type: C.LINK_REISSUED, invite: null }, INVITED, false, [], false],
  [{ type: C.ACCEPTED }, ACCEPTED, true, ['access-invite-accepted → ana@exemplo.com.br'], true],
  [{ type: C.DECLINED }, DECLINED, false, ['access-invite-declined → ana@exemplo.com.br'], true],
  [{ type: C.EXPIRED, swept: true }, EXPIRED, false, ['access-invite-expired → ana@exemplo.com.br'], true],
  [{ type: C.EXPIRED, swept: false }, EXPIRED, false, [], false],
  [{ type: C.CANCELLED }, CANCELLED, false, [], true],
  [{ type: C.REVOKED, removedNumbers: [] }, REVOKED, true, ['access-revoked → conta@exemplo.com.br'], true],
  [
    { type: C.INSTALLATIONS_REVOKED, removedNumbers: ['1'], remaining: 1 },
    ACCEPTED,
    true,
    ['access-revoked → conta@exemplo.com.br'],
    true,
  ],
  [{ type: C.INSTALLATIONS_REVOKED, removedNumbers: ['1'], remaining: 1 }, INVITED, false, [], true],
  [{ type: C.INSTALLATIONS_REVOKED, removedNumbers: ['1'], remaining: 0 }, ACCEPTED, true, [], false],
  [{ type: C.RENOUNCED }, REVOKED, true, ['access-renounced → ana@exemplo.com.br'], true],
  [{ type: C.REPLACED, newGrantId: 'g2' }, EXPIRED, false, [], true],
  [
    {
      type: C.AUTHORITY_ENDED,
      reason: 'TITULARITY_CHANGED',
      removedNumbers: ['1'],
      remaining: 0,
      wasInvite: false,
    },
    REVOKED,
    true,
    ['access-ended → ana@exemplo.com.br', 'access-ended → conta@exemplo.com.br'],
    true,
  ],
  [
    { type: C.AUTHORITY_ENDED, reason: 'PARTNER_ENDED', removedNumbers: [], remaining: 0, wasInvite: true },
    CANCELLED,
    false,
    ['access-ended → ana@exemplo.com.br', 'access-ended → convite@exemplo.com.br'],
    true,
  ],
  [
    { type: C.VALIDITY_ENDED },
    REVOKED,
    true,
    ['access-ended → ana@exemplo.com.br', 'access-ended → conta@exemplo.com.br'],
    true,
  ],
  [
    { type: C.VALIDITY_CHANGED, previous: null },
    ACCEPTED,
    true,
    ['access-validity-changed → conta@exemplo.com.br'],
    true,
  ],
  [{ type: C.VALIDITY_CHANGED, previous: null }, INVITED, false, [], true],
] as const;

describe('grant effects (the one table)', () => {
  it.each(TABLE)('%o on a %s grant: %j, notifies %s', async (detail, status, accepted, mails, notifies) => {
    const got = await effectsOf({ ...detail, grant: snapshot(status, accepted), at: AT } as GrantEvent);
    expect(got.mails).toEqual(mails);
    expect(got.notes).toEqual(
      notifies
        ? [
            {
              grantId: 'g1',
              titularId: 't1',
              inviteeId: accepted ? 'i1' : null,
              status,
              change: detail.type,
              at: AT.toISOString(),
            },
          ]
        : [],
    );
  });

  it('fills each template from the grant, with links from PORTAL_URL', async () => {
    const created = await effectsOf({ type: C.CREATED, invite, grant: snapshot(INVITED), at: AT });
    expect(created.data).toEqual({
      inviteeName: 'jose silva',
      titularName: 'Ana Souza',
      businessPartnerName: 'Parceiro Ltda.',
      installationCount: 2,
      inviteUrl: 'http://portal.test/convite/mail-token',
      expiresAt: AT,
      validUntil: null,
      scopes: ['Consultar contas e consumo', 'Fazer solicitações'],
    });
    const accepted = await effectsOf({ type: C.ACCEPTED, grant: snapshot(ACCEPTED, true), at: AT });
    expect(accepted.data).toEqual({
      titularName: 'Ana Souza',
      protocolNumber: '2026-000001',
      inviteeName: 'jose silva', // as the titular typed it
      installationCount: 2,
      grantsUrl: 'http://portal.test/acessos-concedidos',
      acceptedAt: AT,
    });
    const renounced = await effectsOf({ type: C.RENOUNCED, grant: snapshot(REVOKED, true), at: AT });
    expect(renounced.data).toMatchObject({ inviteeName: 'José Silva', renouncedAt: AT });
    const expired = await effectsOf({ type: C.EXPIRED, swept: true, grant: snapshot(EXPIRED), at: AT });
    expect(expired.data).toMatchObject({
      reinviteUrl: 'http://portal.test/acessos-concedidos?reenviar=g1',
      expiredAt: AT,
    });
    const partial = await effectsOf({
      type: C.INSTALLATIONS_REVOKED,
      removedNumbers: ['1', '2'],
      remaining: 3,
      grant: snapshot(ACCEPTED, true),
      at: AT,
    });
    expect(partial.data).toMatchObject({ installationNumbers: ['1', '2'], wholeGrant: false, revokedAt: AT });
    const whole = await effectsOf({
      type: C.REVOKED,
      removedNumbers: [],
      grant: snapshot(REVOKED, true),
      at: AT,
    });
    expect(whole.data).toMatchObject({
      installationNumbers: [],
      wholeGrant: true,
      inviteeName: 'José Silva',
    });
  });
});
