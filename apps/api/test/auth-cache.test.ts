// The in-process principal cache (sessions and service keys): the access check costs one statement
// once a credential is cached, and a credential revoked on one API process is refused by the next
// request on another, at once (no waiting for the event stream), whatever that process cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { ME } from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createWorld, data, errorOf, INSTALLATION_ACCESS, sql, type World } from './grants-fixtures.ts';
import { countStatements } from './statement-counter.ts';

let a: TestApi;
let b: TestApi;
let w: World;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  b = await startTestApi({ databaseUrl: a.databaseUrl, env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const access = (api: TestApi, headers: Record<string, string>, cpf: string) =>
  api.gql<{ installationAccess: { allowed: boolean; reason: string } }>(
    INSTALLATION_ACCESS,
    { n: w.installations[0]!.number, cpf },
    { headers },
  );

async function newKey(name: string) {
  return new ApiKeyService().create(a.orm.em.fork(), name, ['installation-access:read']);
}

describe('principal cache', () => {
  it('answers the access check with one statement once the service key is cached', async () => {
    const { key } = await newKey('ura-cache');
    const headers = { 'x-api-key': key };
    data(await access(b, headers, w.titular.cpf));
    const c = await countStatements(b, async () => {
      expect(data(await access(b, headers, w.titular.cpf)).installationAccess.reason).toBe('TITULAR');
    });
    expect(c.statements).toHaveLength(1);
  });

  it('answers the access check with one statement once the session is cached', async () => {
    const bearer = { authorization: `Bearer ${w.titularToken}` };
    data(await access(b, bearer, w.titular.cpf));
    const c = await countStatements(b, async () => {
      expect(data(await access(b, bearer, w.titular.cpf)).installationAccess.reason).toBe('TITULAR');
    });
    expect(c.statements).toHaveLength(1);
  });

  it('refuses a session signed out on process A on process B right after, whatever B cached', async () => {
    const token = await w.f.session(w.invitee);
    const bearer = { authorization: `Bearer ${token}` };
    // B reads the session and keeps it.
    data(await access(b, bearer, w.invitee.cpf));
    data(await b.gql(ME, {}, { token }));
    data(await a.gql('mutation { signOut }', {}, { token }));
    // No wait for the event stream: the very next requests on B.
    expect(errorOf(await access(b, bearer, w.invitee.cpf)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await b.gql(ME, {}, { token })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a session ended in the database (password reset on another process) at once', async () => {
    const token = await w.f.session(w.stranger);
    const bearer = { authorization: `Bearer ${token}` };
    data(await access(b, bearer, w.stranger.cpf));
    // Ended behind B's back, with no event at all (another process, a script).
    await sql(a, `update session set revoked_at = now() where user_id = ? and revoked_at is null`, [
      w.stranger.id,
    ]);
    expect(errorOf(await access(b, bearer, w.stranger.cpf)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await b.gql(ME, {}, { token })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a service key revoked on process A on process B right after, whatever B cached', async () => {
    const { key, apiKey } = await newKey('ura-revoked');
    const headers = { 'x-api-key': key };
    data(await access(b, headers, w.titular.cpf));
    data(await access(b, headers, w.titular.cpf));
    await a.app.services.apiKeys.revokeById(a.orm.em.fork(), apiKey.id);
    expect(errorOf(await access(b, headers, w.titular.cpf)).code).toBe('UNAUTHENTICATED');
    // Any other operation too (confirmed before it runs).
    const other = await b.gql('{ me { id } }', {}, { headers });
    expect(errorOf(other).code).toBe('UNAUTHENTICATED');
  });

  it('answers concurrent checks each for its own caller (they may share one statement)', async () => {
    const good = await newKey('ura-concorrente');
    const bad = await newKey('ura-revogada');
    for (const k of [good, bad]) data(await access(b, { 'x-api-key': k.key }, w.titular.cpf));
    await a.app.services.apiKeys.revokeById(a.orm.em.fork(), bad.apiKey.id);
    const bearer = { authorization: `Bearer ${w.titularToken}` };
    const calls = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? access(b, { 'x-api-key': bad.key }, w.titular.cpf)
        : i % 3 === 1
          ? access(b, { 'x-api-key': good.key }, w.invitee.cpf)
          : access(b, bearer, w.titular.cpf),
    );
    const answers = await Promise.all(calls);
    answers.forEach((r, i) => {
      if (i % 3 === 0) expect(errorOf(r).code).toBe('UNAUTHENTICATED');
      else if (i % 3 === 1)
        expect(data(r).installationAccess).toMatchObject({ allowed: false, reason: 'NONE' });
      else expect(data(r).installationAccess).toMatchObject({ allowed: true, reason: 'TITULAR' });
    });
  });

  it('refuses a key whose rotation overlap ended, cached or not', async () => {
    const { key, apiKey } = await newKey('ura-rotated');
    const headers = { 'x-api-key': key };
    data(await access(b, headers, w.titular.cpf));
    await a.app.services.apiKeys.rotate(a.orm.em.fork(), apiKey.id, 0);
    expect(errorOf(await access(b, headers, w.titular.cpf)).code).toBe('UNAUTHENTICATED');
  });

  it('records a cached credential’s use at most once a minute, from what the database says', async () => {
    const { key, apiKey } = await newKey('ura-touch');
    const headers = { 'x-api-key': key };
    const updates = (c: { statements: string[] }) =>
      c.statements.filter((s) => s.startsWith('update "api_key" set last_used_at')).length;
    data(await access(b, headers, w.titular.cpf));
    await b.app.services.apiKeys.settle();
    const cached = await countStatements(b, async () => {
      for (let i = 0; i < 5; i++) data(await access(b, headers, w.titular.cpf));
      await b.app.services.apiKeys.settle();
    });
    expect(updates(cached)).toBe(0);
    await sql(a, `update api_key set last_used_at = now() - interval '2 minutes' where id = ?`, [apiKey.id]);
    const stale = await countStatements(b, async () => {
      data(await access(b, headers, w.titular.cpf));
      await b.app.services.apiKeys.settle();
    });
    expect(updates(stale)).toBe(1);
  });
});
