// Operators manage other teams' service keys: create (shown once), list, rotate with an overlap
// (old key works until it ends, by the database clock), revoke (at once), each key's own rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { errorOf, registered, signIn, sql } from './accounts-helpers.ts';

const CREATE = `mutation($input: CreateServiceKeyInput!) {
  createServiceKey(input: $input) { key serviceKey { id name team contactEmail prefix scopes rateLimitPerMinute status } } }`;
const LIST = `{ serviceKeys { id team prefix scopes status lastUsedAt expiresAt revokedAt replacedById } }`;
const ROTATE = `mutation($id: ID!, $m: Int!) { rotateServiceKey(id: $id, overlapMinutes: $m) { key serviceKey { id status } } }`;
const REVOKE = `mutation($id: ID!) { revokeServiceKey(id: $id) { id status revokedAt } }`;

interface Created {
  createServiceKey: {
    key: string;
    serviceKey: { id: string; prefix: string; status: string; scopes: string[] };
  };
}

let api: TestApi;
let admin: string;
let person: string;
const adminEmail = `operadora.${Date.now()}@exemplo.com.br`;

beforeAll(async () => {
  api = await startTestApi({ env: { ADMIN_EMAILS: adminEmail.toUpperCase() } });
  const a = await registered(api, { email: adminEmail });
  admin = await signIn(api, a.email, a.password);
  const p = await registered(api);
  person = await signIn(api, p.email, p.password);
});
afterAll(async () => api?.close());

/** One request with the key: its HTTP status (and Retry-After). */
async function use(key: string): Promise<{ status: number; retryAfter: string | null }> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after') };
}

async function create(input: Partial<Record<string, unknown>> = {}) {
  const r = await api.gql<Created>(
    CREATE,
    {
      input: {
        team: 'atendimento-ura',
        contactEmail: 'ura@exemplo.com.br',
        scopes: ['installation-access:read', 'webhooks:manage'],
        rateLimitPerMinute: 1000,
        ...input,
      },
    },
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createServiceKey;
}

describe('service keys, by operators', () => {
  it('create returns the key once; the listing never shows it; the key works', async () => {
    const made = await create();
    expect(made.key).toMatch(new RegExp(`^dlg_${made.serviceKey.prefix}_`));
    expect(made.serviceKey).toMatchObject({
      status: 'ACTIVE',
      scopes: ['installation-access:read', 'webhooks:manage'],
    });
    const list = await api.gql<{ serviceKeys: Array<Record<string, unknown>> }>(LIST, {}, { token: admin });
    const row = list.data!.serviceKeys.find((k) => k.id === made.serviceKey.id)!;
    expect(row).toMatchObject({ team: 'atendimento-ura', status: 'ACTIVE', lastUsedAt: null });
    expect(JSON.stringify(list)).not.toContain(made.key);
    expect((await use(made.key)).status).toBe(200);
    await api.app.services.apiKeys.settle();
    const after = await api.gql<{ serviceKeys: Array<Record<string, unknown>> }>(LIST, {}, { token: admin });
    expect(after.data!.serviceKeys.find((k) => k.id === made.serviceKey.id)!.lastUsedAt).not.toBeNull();
  });

  it('refuses a person who is not an operator, anonymous callers and service keys', async () => {
    expect(errorOf(await api.gql(LIST, {}, { token: person })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(LIST)).code).toBe('UNAUTHENTICATED');
    const made = await create();
    const r = await api.gql(LIST, {}, { headers: { 'x-api-key': made.key } });
    expect(errorOf(r).code).toBe('FORBIDDEN');
  });

  it('an operator granted by admin:grant (admin_account) is admitted too', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    expect(errorOf(await api.gql(LIST, {}, { token })).code).toBe('FORBIDDEN');
    await sql(api, `insert into admin_account (user_id) select id from app_user where email = ?`, [p.email]);
    expect((await api.gql(LIST, {}, { token })).errors).toBeUndefined();
  });

  it('bad input is refused field by field in Portuguese', async () => {
    const r = await api.gql(
      CREATE,
      {
        input: {
          team: 'x',
          contactEmail: 'nao-e-email',
          scopes: ['admin:everything'],
          rateLimitPerMinute: 0,
        },
      },
      { token: admin },
    );
    const e = errorOf(r);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(e.extensions.fields as object).sort()).toEqual([
      'contactEmail',
      'rateLimitPerMinute',
      'scopes',
      'team',
    ]);
  });

  it('rotation: the old key works until the overlap ends (database clock), the new one from the start', async () => {
    const old = await create();
    const r = await api.gql<{
      rotateServiceKey: { key: string; serviceKey: { id: string; status: string } };
    }>(ROTATE, { id: old.serviceKey.id, m: 30 }, { token: admin });
    expect(r.errors).toBeUndefined();
    const fresh = r.data!.rotateServiceKey;
    expect(fresh.key).not.toBe(old.key);
    expect((await use(old.key)).status).toBe(200);
    expect((await use(fresh.key)).status).toBe(200);
    const list = await api.gql<{ serviceKeys: Array<Record<string, unknown>> }>(LIST, {}, { token: admin });
    expect(list.data!.serviceKeys.find((k) => k.id === old.serviceKey.id)).toMatchObject({
      status: 'EXPIRING',
      replacedById: fresh.serviceKey.id,
    });
    // A rotated key cannot be rotated again (the successor is the one to rotate).
    expect(errorOf(await api.gql(ROTATE, { id: old.serviceKey.id, m: 5 }, { token: admin })).code).toBe(
      'CONFLICT',
    );
    // The overlap ends (moved to the past on the database clock).
    await sql(api, `update api_key set expires_at = now() - interval '1 second' where id = ?`, [
      old.serviceKey.id,
    ]);
    expect((await use(old.key)).status).toBe(401);
    expect((await use(fresh.key)).status).toBe(200);
  });

  it('rotation with no overlap stops the old key at once', async () => {
    const old = await create();
    const r = await api.gql<{ rotateServiceKey: { key: string } }>(
      ROTATE,
      { id: old.serviceKey.id, m: 0 },
      { token: admin },
    );
    expect((await use(old.key)).status).toBe(401);
    expect((await use(r.data!.rotateServiceKey.key)).status).toBe(200);
    expect(errorOf(await api.gql(ROTATE, { id: old.serviceKey.id, m: -1 }, { token: admin })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('revoke takes effect on the next request', async () => {
    const made = await create();
    expect((await use(made.key)).status).toBe(200);
    const r = await api.gql<{ revokeServiceKey: { status: string } }>(
      REVOKE,
      { id: made.serviceKey.id },
      { token: admin },
    );
    expect(r.data!.revokeServiceKey.status).toBe('REVOKED');
    expect((await use(made.key)).status).toBe(401);
    expect(
      errorOf(await api.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin })).code,
    ).toBe('NOT_FOUND');
  });

  it("a key's own limit: past it 429 with Retry-After; another key is not affected", async () => {
    const limited = await create({ rateLimitPerMinute: 3 });
    const other = await create({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await use(limited.key)).status).toBe(200);
    const refused = await use(limited.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await use(other.key)).status).toBe(200);
  });
});
