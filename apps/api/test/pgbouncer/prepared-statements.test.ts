// Behind PgBouncer 1.18 in transaction mode (the PgBouncer run only): a protocol-level named
// prepared statement is prepared on one server connection and may be executed on another, so the
// access check runs unnamed there (DATABASE_PREPARED_STATEMENTS=false, as the harness sets it in this
// run and an operator sets it behind such a pool). Many checks at once, over every pooled connection;
// and an operator who left the switch at its default still gets every answer (the API falls back).
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ApiKeyService } from '../../src/modules/api-keys/api-key.service.ts';
import { startTestApi, type TestApi } from '../harness.ts';
import { createWorld, INSTALLATION_ACCESS, type World } from '../grants-fixtures.ts';

const behindPgBouncer = (inject('pgBouncerPort') ?? null) !== null;

describe.skipIf(!behindPgBouncer).each<{ switch: string; env: Record<string, string> }>([
  { switch: 'false (as configured behind PgBouncer < 1.21)', env: {} },
  { switch: 'left at its default', env: { DATABASE_PREPARED_STATEMENTS: 'true' } },
])('the access check behind PgBouncer in transaction mode, prepared statements $switch', ({ env }) => {
  let api: TestApi;
  let w: World;
  let key: string;
  beforeAll(async () => {
    api = await startTestApi({ env: { WORKERS_ENABLED: 'false', ...env } });
    w = await createWorld(api);
    key = (
      await new ApiKeyService().create(api.orm.em.fork(), 'atendimento-ura', ['installation-access:read'])
    ).key;
  });
  afterAll(() => api?.close());

  it('answers every one of many concurrent checks', async () => {
    const n = w.installations[0]!.number;
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        api.gql<{ installationAccess: { reason: string } }>(
          INSTALLATION_ACCESS,
          { n, cpf: w.titular.cpf },
          { headers: { 'x-api-key': key } },
        ),
      ),
    );
    expect(answers.filter((a) => a.errors).map((a) => a.errors![0]!.extensions?.code)).toEqual([]);
    expect(new Set(answers.map((a) => a.data?.installationAccess.reason))).toEqual(new Set(['TITULAR']));
  });
});
