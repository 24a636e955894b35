// The rows of the authorization matrix (security-authorization-matrix.test.ts): for every operation of
// the schema and every HTTP route, its variables and who is allowed or refused. A new operation needs
// a row here, or the matrix fails.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../src/seeds/factories.ts';
import type { Invited, World } from './grants-fixtures.ts';

export type Who = 'owner' | 'second' | 'invitee' | 'anon' | 'keyNone' | 'keyScope';
/** ALLOW: not refused (no UNAUTHENTICATED/FORBIDDEN/NOT_FOUND, never INTERNAL); REFUSED: one of those three. */
export type Expect =
  'ALLOW' | 'REFUSED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVITEE_MISMATCH' | 'SKIP';

export interface Fx {
  w: World;
  g: Invited;
  n: string;
}

export interface Row {
  /** Whose session is the entitled one ("owner"): the titular (default) or the invitee. */
  owner?: 'titular' | 'invitee';
  vars: (fx: Fx) => Record<string, unknown>;
  expect: Partial<Record<Who, Expect>>;
}

export const PERSON: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  owner: 'ALLOW',
};
export const PUBLIC: Row['expect'] = { anon: 'ALLOW', owner: 'ALLOW' };
export const CUSTOMERS_WRITE: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'ALLOW',
  owner: 'FORBIDDEN',
  second: 'FORBIDDEN',
};
/** A service key with webhooks:manage only (the matrix's keys lack it): every caller here is refused. */
export const WEBHOOKS: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  second: 'FORBIDDEN',
  owner: 'FORBIDDEN',
};
/** Operators only (the admin role): every caller of the matrix is refused. */
export const OPERATOR: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  second: 'FORBIDDEN',
  invitee: 'FORBIDDEN',
  owner: 'FORBIDDEN',
};
/** A titular's act on their grant: others never learn it exists. */
export const TITULAR_GRANT: Row['expect'] = { ...PERSON, second: 'NOT_FOUND', invitee: 'REFUSED' };
export const none = () => ({});
/** Someone else than every caller (inviting oneself is a validation error, not a refusal). */
export const invitee = () => ({
  fullName: 'Maria Clara Dias',
  cpf: '529.982.247-25',
  email: `m.${randomUUID()}@exemplo.com.br`,
});

export const OPERATIONS: Record<string, Row> = {
  // ── queries
  accessGrant: { vars: (fx) => ({ id: fx.g.grant.id }), expect: { ...PERSON, second: 'NOT_FOUND' } },
  accessGrantsGiven: { vars: none, expect: PERSON },
  accessGrantsReceived: { vars: none, expect: PERSON },
  accessInvite: {
    vars: (fx) => ({ token: fx.g.mailToken }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  accessibleInstallations: { vars: none, expect: PERSON },
  bills: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  businessPartners: { vars: none, expect: PERSON },
  checkInstallations: {
    vars: (fx) => ({ businessPartnerId: fx.w.partner.id, numbers: [fx.n] }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  consumption: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  dueDateOptions: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  grantActivity: { vars: (fx) => ({ grantId: fx.g.grant.id }), expect: { ...PERSON, second: 'NOT_FOUND' } },
  installation: {
    vars: (fx) => ({ number: fx.n }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  installationAccess: {
    vars: (fx) => ({ installationNumber: fx.n, cpf: fx.w.invitee.cpf }),
    expect: {
      anon: 'UNAUTHENTICATED',
      keyNone: 'FORBIDDEN',
      keyScope: 'ALLOW',
      owner: 'ALLOW',
      second: 'FORBIDDEN',
      invitee: 'ALLOW',
    },
  },
  installations: {
    vars: (fx) => ({ businessPartnerId: fx.w.partner.id }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  me: { vars: none, expect: PERSON },
  pendingBusinessPartners: { vars: none, expect: PERSON },
  serviceRequests: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  verifyProtocol: {
    vars: () => ({ code: 'ABCDEFGHJKMNPQRSTVWX' }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  // ── mutations
  acceptAccessInvite: {
    owner: 'invitee',
    vars: (fx) => ({
      input: { token: fx.g.mailToken, acceptPermissionTerms: true, acceptPlatformTerms: true },
    }),
    expect: { ...PERSON, second: 'INVITEE_MISMATCH' },
  },
  changeAccessGrantValidity: {
    vars: (fx) => ({ id: fx.g.grant.id, validUntil: null }),
    expect: TITULAR_GRANT,
  },
  confirmTitularity: {
    vars: (fx) => ({ input: { businessPartnerId: fx.w.partner.id, customerCode: '1' } }),
    expect: { ...PERSON, owner: 'ALLOW', second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  deactivateInstallation: { vars: (fx) => ({ installationNumber: fx.n }), expect: CUSTOMERS_WRITE },
  declineAccessInvite: {
    owner: 'invitee',
    vars: (fx) => ({ token: fx.g.mailToken }),
    expect: { anon: 'ALLOW', owner: 'ALLOW', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  endBusinessPartner: {
    vars: (fx) => ({ businessPartnerNumber: fx.w.partner.number }),
    expect: CUSTOMERS_WRITE,
  },
  grantAccess: {
    vars: (fx) => ({
      input: {
        businessPartnerId: fx.w.partner.id,
        installationNumbers: [fx.n],
        invitee: invitee(),
        acknowledgePartnerConsent: true,
        acceptTerms: true,
        idempotencyKey: randomUUID(),
      },
    }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  markAccessInviteViewed: {
    vars: (fx) => ({ token: fx.g.mailToken }),
    expect: { anon: 'ALLOW', owner: 'ALLOW', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  narrowAccessGrantScopes: {
    vars: (fx) => ({ id: fx.g.grant.id, scopes: ['VIEW_BILLS'] }),
    expect: TITULAR_GRANT,
  },
  reclaimCpf: {
    vars: (fx) => ({
      input: {
        fullName: 'Ana Souza',
        cpf: fx.w.titular.cpf,
        email: `x.${randomUUID()}@exemplo.com.br`,
        password: 'Girassol-Amarelo-2026',
        businessPartnerNumber: fx.w.partner.number,
        customerCode: 'errado',
      },
    }),
    // A wrong code is VALIDATION_FAILED (not a refusal): anyone may try, the proof decides.
    expect: { anon: 'ALLOW', owner: 'ALLOW', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  removePartnerRepresentative: {
    vars: (fx) => ({ input: { businessPartnerNumber: fx.w.partner.number, cpf: fx.w.titular.cpf } }),
    expect: CUSTOMERS_WRITE,
  },
  renounceAccessGrant: {
    owner: 'invitee',
    vars: (fx) => ({ id: fx.g.grant.id }),
    expect: { ...PERSON, owner: 'SKIP', second: 'NOT_FOUND' },
  },
  requestCpfReclaimCode: {
    vars: (fx) => ({ input: { cpf: fx.w.titular.cpf, businessPartnerNumber: fx.w.partner.number } }),
    expect: { anon: 'ALLOW', owner: 'ALLOW', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  requestEmailVerification: { vars: none, expect: PERSON },
  requestPasswordReset: {
    vars: (fx) => ({ email: fx.w.titular.email }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  requestService: {
    vars: (fx) => ({
      input: { installationNumber: fx.n, type: 'POWER_OUTAGE', idempotencyKey: randomUUID() },
    }),
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  requestTitularityCode: {
    vars: (fx) => ({ businessPartnerId: fx.w.partner.id }),
    // The titular already proved it: CONFLICT, which is not a refusal.
    expect: { ...PERSON, second: 'NOT_FOUND', invitee: 'NOT_FOUND' },
  },
  resendAccessInvite: { vars: (fx) => ({ id: fx.g.grant.id }), expect: TITULAR_GRANT },
  resetPassword: {
    vars: () => ({ input: { token: 'x'.repeat(43), password: 'Girassol-Amarelo-2026' } }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  revokeAccessGrant: { vars: (fx) => ({ id: fx.g.grant.id }), expect: TITULAR_GRANT },
  signIn: {
    vars: (fx) => ({ input: { email: fx.w.titular.email, password: DEMO_PASSWORD } }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  signOut: { vars: none, expect: { ...PERSON, owner: 'SKIP' } },
  signUp: {
    vars: () => ({
      input: {
        fullName: 'Ana Souza',
        cpf: '529.982.247-25',
        email: `n.${randomUUID()}@exemplo.com.br`,
        password: 'Girassol-Amarelo-2026',
      },
    }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  transferInstallation: {
    vars: (fx) => ({
      input: { installationNumber: fx.n, toBusinessPartnerNumber: fx.w.strangerPartner.number },
    }),
    expect: { ...CUSTOMERS_WRITE, keyScope: 'SKIP' },
  },
  verifyEmail: {
    vars: () => ({ token: 'x'.repeat(43) }),
    expect: { ...PUBLIC, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  // ── Apollo Federation: the matrix's document selects nothing of the _Entity union (a validation
  // error for everyone); federation.test.ts asks _entities as each caller.
  _entities: {
    vars: (fx) => ({ representations: [{ __typename: 'Installation', number: fx.n }] }),
    expect: { anon: 'SKIP', keyNone: 'SKIP', keyScope: 'SKIP', owner: 'SKIP' },
  },
  // The SDL, for a supergraph's build: any service key (or wherever introspection is on).
  _service: {
    vars: none,
    expect: {
      anon: 'UNAUTHENTICATED',
      keyNone: 'ALLOW',
      keyScope: 'ALLOW',
      second: 'FORBIDDEN',
      owner: 'FORBIDDEN',
    },
  },
  // ── webhook endpoints: a key with webhooks:manage (none here) — webhooks-endpoints.test.ts admits one
  createWebhookEndpoint: {
    vars: () => ({ input: { url: 'https://exemplo.com.br/hook', events: ['grant.accepted'] } }),
    expect: WEBHOOKS,
  },
  deleteWebhookEndpoint: { vars: () => ({ id: randomUUID() }), expect: WEBHOOKS },
  redeliverWebhook: { vars: () => ({ deliveryId: randomUUID() }), expect: WEBHOOKS },
  rotateWebhookSecret: { vars: () => ({ id: randomUUID(), overlapMinutes: 5 }), expect: WEBHOOKS },
  updateWebhookEndpoint: { vars: () => ({ id: randomUUID(), input: { enabled: false } }), expect: WEBHOOKS },
  webhookDeliveries: { vars: () => ({ endpointId: randomUUID() }), expect: WEBHOOKS },
  webhookEndpoints: { vars: none, expect: WEBHOOKS },
  // ── operators (the admin role): nobody here is one — service-keys.test.ts admits an operator
  createServiceKey: {
    vars: () => ({
      input: {
        team: 'matrix-team',
        contactEmail: 'matrix@exemplo.com.br',
        scopes: ['installation-access:read'],
        rateLimitPerMinute: 10,
      },
    }),
    expect: OPERATOR,
  },
  revokeServiceKey: { vars: () => ({ id: randomUUID() }), expect: OPERATOR },
  rotateServiceKey: { vars: () => ({ id: randomUUID(), overlapMinutes: 5 }), expect: OPERATOR },
  serviceKeys: { vars: none, expect: OPERATOR },
  // ── subscriptions (a refusal arrives as the subscription's error; an anonymous socket is closed 4403)
  accessGrantChanged: {
    vars: none,
    expect: { anon: 'REFUSED', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  grantActivityAdded: {
    vars: none,
    expect: { anon: 'REFUSED', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
  // A service key with webhooks:manage (none here; integration-events.test.ts admits one); people refused.
  integrationEvents: {
    vars: none,
    expect: { anon: 'REFUSED', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN', owner: 'FORBIDDEN' },
  },
  serviceRequestAdded: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { anon: 'REFUSED', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
};

/** HTTP routes by their path pattern (from the modules' route tables). */
export const ROUTES: Record<
  string,
  { url: (fx: Fx) => string; expect: Partial<Record<Who, number | 'SKIP'>> }
> = {
  [String(/^\/protocol\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i)]: {
    url: (fx) => `/protocol/${fx.g.grant.id}.pdf`,
    expect: { owner: 200, second: 404, anon: 401, keyNone: 401, keyScope: 401 },
  },
  [String(/^\/bills\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i)]: {
    url: () => `/bills/${randomUUID()}.pdf`,
    expect: { owner: 404, second: 404, anon: 401, keyNone: 'SKIP', keyScope: 'SKIP' },
  },
  [String(/^\/dev\/mailbox\/?$/)]: { url: () => '/dev/mailbox', expect: { anon: 200 } },
};
