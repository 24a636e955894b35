// installationAccess with DATABASE_REPLICA_URL: served by a real streaming standby when it has
// replayed everything committed, never "allowed" from a standby that has not yet seen a revoke.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  createWorld,
  data,
  INSTALLATION_ACCESS,
  invite,
  REVOKE,
  type World,
} from './grants-fixtures.ts';
import { startPrimaryAndStandby, type PrimaryAndStandby } from './replica-standby.ts';

interface Access {
  installationAccess: { allowed: boolean; reason: string };
}

const METRICS = 'replica-metrics-token';
let servers: PrimaryAndStandby;
let api: TestApi;
let w: World;
let key: string;
beforeAll(async () => {
  servers = await startPrimaryAndStandby();
  api = await startTestApi({
    databaseUrl: servers.primaryUrl,
    env: { DATABASE_REPLICA_URL: servers.standbyUrl, WORKERS_ENABLED: 'false', METRICS_TOKEN: METRICS },
  });
  w = await createWorld(api);
  key = (await new ApiKeyService().create(api.orm.em.fork(), 'atendimento-ura', ['installation-access:read']))
    .key;
});
afterAll(async () => {
  await api?.close();
  await servers?.stop();
});

const ask = async (n: string, cpf: string) =>
  data(await api.gql<Access>(INSTALLATION_ACCESS, { n, cpf }, { headers: { 'x-api-key': key } }))
    .installationAccess;
const reads = () => ({ ...api.app.services.replica.reads });

/** The replica figures an operator scrapes from /metrics. */
async function scraped(): Promise<Record<string, number>> {
  const res = await fetch(api.url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${METRICS}` },
  });
  const out: Record<string, number> = {};
  for (const line of (await res.text()).split('\n')) {
    const m = /^(delega_replica_\w+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

async function grantStatusOnStandby(id: string): Promise<string> {
  const c = new pg.Client({ connectionString: servers.standbyUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ status: string }>('select status from access_grant where id = $1', [id]);
    return rows[0]!.status;
  } finally {
    await c.end();
  }
}

describe('installationAccess on a read replica', () => {
  it('is answered by the standby once it has replayed every commit, and a revoke is never missed', async () => {
    const n = w.installations[0]!.number;
    const { grant, mailToken } = await invite(api, w);
    data(await accept(api, mailToken, w.inviteeToken));

    await servers.caughtUp();
    const before = reads();
    expect(await ask(n, w.invitee.cpf)).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect(reads().replica).toBe(before.replica + 1);

    // The standby stops replaying: it still holds the grant as ACCEPTED after the revoke commits…
    await servers.replay(false);
    try {
      data(await api.gql(REVOKE, { id: grant.id }, { token: w.titularToken }));
      expect(await grantStatusOnStandby(grant.id)).toBe('ACCEPTED');
      // …yet the answer right after the revoke is "not allowed": the primary gave it.
      const lagging = reads();
      expect(await ask(n, w.invitee.cpf)).toMatchObject({ allowed: false, reason: 'NONE' });
      expect(reads()).toMatchObject({ replica: lagging.replica, primary: lagging.primary + 1 });
    } finally {
      await servers.replay(true);
    }

    // Caught up again, the standby answers, and says the same.
    await servers.caughtUp();
    const caught = reads();
    expect(await ask(n, w.invitee.cpf)).toMatchObject({ allowed: false, reason: 'NONE' });
    expect(reads().replica).toBe(caught.replica + 1);
  });

  it('answers from the primary while the standby is down', async () => {
    const n = w.installations[1]!.number;
    await servers.stopStandby();
    const before = reads();
    expect(await ask(n, w.titular.cpf)).toMatchObject({ allowed: true, reason: 'TITULAR' });
    expect(reads()).toMatchObject({ replica: before.replica, unavailable: before.unavailable + 1 });
  });

  it('/metrics shows where the reads ran and how often the replica was unavailable', async () => {
    const now = reads();
    expect(await scraped()).toEqual({
      'delega_replica_reads_total{served_by="replica"}': now.replica,
      'delega_replica_reads_total{served_by="primary"}': now.primary,
      delega_replica_unavailable_total: now.unavailable,
    });
    expect(now.replica).toBeGreaterThanOrEqual(2);
    expect(now.unavailable).toBeGreaterThanOrEqual(1);
  });
});
