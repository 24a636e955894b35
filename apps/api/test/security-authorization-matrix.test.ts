// The authorization matrix: every query, mutation and subscription of the schema (read from the SDL
// at test time, so a new operation without a row fails here) and every HTTP route, asked by the
// entitled person, a second titular, the invitee where not entitled, an anonymous caller, a service
// key without the scope and one with it. Each is refused or allowed as it should be.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/app/modules.ts';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { DEMO_PASSWORD } from '../src/seeds/factories.ts';
import { createWorld, invite, type Invited, type World } from './grants-fixtures.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';

type Who = 'owner' | 'second' | 'invitee' | 'anon' | 'keyNone' | 'keyScope';
/** ALLOW: not refused (no UNAUTHENTICATED/FORBIDDEN/NOT_FOUND, never INTERNAL); REFUSED: one of those three. */
type Expect =
  'ALLOW' | 'REFUSED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVITEE_MISMATCH' | 'SKIP';

interface Fx {
  w: World;
  g: Invited;
  n: string;
}

interface Row {
  /** Whose session is the entitled one ("owner"): the titular (default) or the invitee. */
  owner?: 'titular' | 'invitee';
  vars: (fx: Fx) => Record<string, unknown>;
  expect: Partial<Record<Who, Expect>>;
}

const PERSON: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  owner: 'ALLOW',
};
const PUBLIC: Row['expect'] = { anon: 'ALLOW', owner: 'ALLOW' };
const CUSTOMERS_WRITE: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'ALLOW',
  owner: 'FORBIDDEN',
  second: 'FORBIDDEN',
};
/** A service key with webhooks:manage only (the matrix's keys lack it): every caller here is refused. */
const WEBHOOKS: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  second: 'FORBIDDEN',
  owner: 'FORBIDDEN',
};
/** Operators only (the admin role): every caller of the matrix is refused. */
const OPERATOR: Row['expect'] = {
  anon: 'UNAUTHENTICATED',
  keyNone: 'FORBIDDEN',
  keyScope: 'FORBIDDEN',
  second: 'FORBIDDEN',
  invitee: 'FORBIDDEN',
  owner: 'FORBIDDEN',
};
/** A titular's act on their grant: others never learn it exists. */
const TITULAR_GRANT: Row['expect'] = { ...PERSON, second: 'NOT_FOUND', invitee: 'REFUSED' };
const none = () => ({});
/** Someone else than every caller (inviting oneself is a validation error, not a refusal). */
const invitee = () => ({
  fullName: 'Maria Clara Dias',
  cpf: '529.982.247-25',
  email: `m.${randomUUID()}@exemplo.com.br`,
});

const OPERATIONS: Record<string, Row> = {
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
  serviceRequestAdded: {
    vars: (fx) => ({ installationNumber: fx.n }),
    expect: { anon: 'REFUSED', keyNone: 'FORBIDDEN', keyScope: 'FORBIDDEN' },
  },
};

/** HTTP routes by their path pattern (from the modules' route tables). */
const ROUTES: Record<string, { url: (fx: Fx) => string; expect: Partial<Record<Who, number | 'SKIP'>> }> = {
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

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const ROOTS: Array<[string, GraphQLObjectType | null | undefined]> = [
  ['query', schema.getQueryType()],
  ['mutation', schema.getMutationType()],
  ['subscription', schema.getSubscriptionType()],
];

/** `op(args) { __typename }` with every argument as a variable of its declared type. */
function documentFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  // An argument with a default may be left out: its variable is declared nullable.
  const typeOf = (a: (typeof field.args)[number]) =>
    a.defaultValue !== undefined ? String(a.type).replace(/!$/, '') : String(a.type);
  const decl = field.args.map((a) => `$${a.name}: ${typeOf(a)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`;
}

let api: TestApi;
let keyHeaders: { keyNone: Record<string, string>; keyScope: Record<string, string> };

/** A fresh titular, partner, invite, invitee and second titular for each operation (some change state). */
async function fixtures(): Promise<{ fx: Fx; headers: Record<Who, Record<string, string>> }> {
  const w = await createWorld(api);
  const fx = { w, g: await invite(api, w), n: w.installations[0]!.number };
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  return {
    fx,
    headers: {
      owner: bearer(w.titularToken),
      second: bearer(w.strangerToken),
      invitee: bearer(w.inviteeToken),
      anon: {},
      ...keyHeaders,
    },
  };
}

function verdict(r: GqlResult<unknown>): string {
  const code = r.errors?.[0]?.extensions?.code;
  return code ? String(code) : 'OK';
}

function matches(expected: Expect, got: string): boolean {
  const refused = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
  if (expected === 'ALLOW') return !refused.includes(got) && got !== 'INTERNAL_SERVER_ERROR';
  if (expected === 'REFUSED') return refused.includes(got);
  return got === expected;
}

async function subscribeVerdict(
  doc: string,
  variables: Record<string, unknown>,
  h: Record<string, string>,
): Promise<string> {
  // Subscriptions answer over HTTP too (graphql-http refuses them) — ask over the WebSocket.
  const bearer = h.authorization?.replace(/^Bearer /, '');
  if (h['x-api-key']) {
    const r = await api.gql(doc, variables, { headers: h });
    return verdict(r);
  }
  const client = api.ws(bearer);
  return new Promise<string>((resolve) => {
    client.subscribe(
      { query: doc, variables },
      {
        next: (m) => resolve(verdict(m as GqlResult<unknown>)),
        error: (e) => {
          const close = (e as { code?: number }).code;
          if (close === 4401) return resolve('UNAUTHENTICATED');
          if (close === 4403) return resolve('FORBIDDEN');
          const list = Array.isArray(e) ? e : [e];
          const code = (list[0] as { extensions?: { code?: string } })?.extensions?.code;
          resolve(code ?? 'ERROR');
        },
        complete: () => resolve('OK'),
      },
    );
  });
}

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  const keys = new ApiKeyService();
  const em = api.orm.em.fork();
  const none = await keys.create(em, 'matrix-none', []);
  const all = await keys.create(em, 'matrix-all', ['installation-access:read', 'customers:write']);
  keyHeaders = { keyNone: { 'x-api-key': none.key }, keyScope: { 'x-api-key': all.key } };
});

afterAll(async () => {
  await api?.close();
});

describe('authorization matrix', () => {
  it('has a row for every operation of the schema and every HTTP route', () => {
    const ops = ROOTS.flatMap(([, t]) => Object.keys(t?.getFields() ?? {})).sort();
    expect(
      ops.filter((op) => !OPERATIONS[op]),
      'operations without a row',
    ).toEqual([]);
    expect(
      Object.keys(OPERATIONS).filter((op) => !ops.includes(op)),
      'rows of removed operations',
    ).toEqual([]);
    const routes = modules.flatMap((m) => m.routes ?? []).map((r) => String(r.path));
    expect(
      routes.filter((r) => !ROUTES[r]),
      'routes without a row',
    ).toEqual([]);
  });

  for (const [kind, type] of ROOTS) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const row = OPERATIONS[field.name];
      if (!row) continue;
      it(`${kind} ${field.name}`, async () => {
        const doc = documentFor(kind, field);
        const { fx, headers } = await fixtures();
        const got: Record<string, string> = {};
        const want: Record<string, Expect> = {};
        // Refusals first, the entitled caller last (some operations change state).
        for (const who of ['anon', 'keyNone', 'keyScope', 'second', 'invitee', 'owner'] as Who[]) {
          const e = row.expect[who];
          if (!e || e === 'SKIP') continue;
          const h = who === 'owner' && row.owner === 'invitee' ? headers.invitee : headers[who];
          const vars = row.vars(fx);
          got[who] =
            kind === 'subscription'
              ? await subscribeVerdict(doc, vars, h)
              : verdict(await api.gql(doc, vars, { headers: h }));
          want[who] = e;
        }
        const wrong = Object.keys(want).filter((who) => !matches(want[who]!, got[who]!));
        expect(
          wrong.map((who) => `${who}: expected ${want[who]}, got ${got[who]}`),
          doc,
        ).toEqual([]);
      });
    }
  }

  for (const [pattern, route] of Object.entries(ROUTES)) {
    it(`route ${pattern}`, async () => {
      const base = api.url.replace(/\/graphql$/, '');
      const { fx, headers } = await fixtures();
      const wrong: string[] = [];
      for (const [who, status] of Object.entries(route.expect)) {
        if (status === 'SKIP') continue;
        const res = await fetch(`${base}${route.url(fx)}`, { headers: headers[who as Who] });
        await res.arrayBuffer();
        if (res.status !== status) wrong.push(`${who}: expected ${status}, got ${res.status}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
