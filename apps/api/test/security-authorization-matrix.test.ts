// The authorization matrix: every query, mutation and subscription of the schema (read from the SDL
// at test time, so a new operation without a row fails here) and every HTTP route, asked by the
// entitled person, a second titular, the invitee where not entitled, an anonymous caller, a service
// key without the scope and one with it. Each is refused or allowed as it should be.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/app/modules.ts';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { createWorld, invite } from './grants-fixtures.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';

import { OPERATIONS, ROUTES, type Expect, type Fx, type Who } from './authorization-matrix.rows.ts';

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
