// GET /metrics: Prometheus text an operator scrapes — open with the development switches (as
// `pnpm start` runs), behind METRICS_TOKEN otherwise, absent without a token outside development.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  connected,
  disposeAll,
  errorOf,
  from,
  newIp,
  registered,
  SIGN_IN,
  signIn,
  wsClient,
} from './accounts-helpers.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses Prometheus text exposition (as prom-client writes it): one sample per line. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    ?.value;
}

function metricsUrl(api: TestApi): string {
  return api.url.replace(/\/graphql$/, '/metrics');
}

async function scrape(api: TestApi, token?: string): Promise<Response> {
  return fetch(metricsUrl(api), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('metrics, development switches on (pnpm start)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(async () => {
    await disposeAll();
    await api?.close();
  });

  it('is open and reports operations, errors, sockets, the mail queue and the event stream', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    await api.gql(`query MetricsProbe { me { id } }`, {}, { token });
    await api.gql(`query MetricsProbe { me { id } }`); // UNAUTHENTICATED
    await api.gql(`{ me { id } }`);
    const client = wsClient(api, token);
    await connected(client);

    const res = await scrape(api);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const s = parse(await res.text());
    const op = (operation: string) =>
      value(s, 'delega_graphql_operation_duration_seconds_count', { operation, type: 'query' });
    expect(op('MetricsProbe')).toBe(2);
    expect(op('anonymous')).toBeGreaterThanOrEqual(1);
    expect(
      value(s, 'delega_errors_total', { code: 'UNAUTHENTICATED', transport: 'graphql' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      value(s, 'delega_http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(3);
    expect(value(s, 'delega_websocket_connections')).toBe(1);
    expect(value(s, 'delega_websocket_operations')).toBe(0);
    // The sign-up queued a verification e-mail; its figures are there whatever the worker did since.
    expect(value(s, 'delega_mail_queue_depth', { status: 'QUEUED' })).toBeGreaterThanOrEqual(0);
    expect(value(s, 'delega_mail_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(s, 'delega_mail_failed_messages')).toBe(0);
    expect(value(s, 'delega_event_stream_appended_id')).toBeGreaterThanOrEqual(0);
    expect(value(s, 'delega_event_stream_lag_events')).toBeGreaterThanOrEqual(0);
    expect(value(s, 'delega_metrics_scrape_ok')).toBe(1);

    await client.dispose();
    await expect
      .poll(async () => value(parse(await (await scrape(api)).text()), 'delega_websocket_connections'))
      .toBe(0);
  });

  it('counts rate-limit refusals and client-chosen names stay bounded', async () => {
    const p = await registered(api);
    const ip = newIp();
    let limited;
    do
      limited = errorOf(
        await from(api, ip)(SIGN_IN, { input: { email: p.email, password: 'Errei a senha' } }),
      );
    while (limited.code !== 'RATE_LIMITED');
    for (let i = 0; i < 250; i++) await api.gql(`query Made${i} { __typename }`);
    const s = parse(await (await scrape(api)).text());
    expect(value(s, 'delega_rate_limit_refusals_total', { transport: 'graphql' })).toBeGreaterThanOrEqual(1);
    const names = new Set(
      s
        .filter((x) => x.name === 'delega_graphql_operation_duration_seconds_count')
        .map((x) => x.labels.operation),
    );
    expect(names.size).toBeLessThanOrEqual(203); // 200 names, anonymous, invalid, other
    expect(names.has('other')).toBe(true);
  });

  it('times WebSocket operations by name and reports the webhook figures', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    const client = wsClient(api, token);
    // A name seen before (the cap of distinct names was reached by the test above).
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: 'query MetricsProbe { me { id } }' },
        { next: () => {}, error: reject, complete: resolve },
      );
    });
    const s = parse(await (await scrape(api)).text());
    expect(
      value(s, 'delega_websocket_operation_duration_seconds_count', {
        operation: 'MetricsProbe',
        type: 'query',
      }),
    ).toBe(1);
    for (const name of [
      'delega_webhook_deliveries_pending',
      'delega_webhook_deliveries_failed_24h',
      'delega_webhook_attempts_failed_24h',
      'delega_webhook_endpoints_disabled',
      'delega_webhook_oldest_pending_age_seconds',
    ])
      expect(value(s, name), name).toBeGreaterThanOrEqual(0);
  });

  it('the event stream lag is zero once this process has caught up', async () => {
    await expect
      .poll(async () => {
        const s = parse(await (await scrape(api)).text());
        return value(s, 'delega_event_stream_lag_events');
      })
      .toBe(0);
  });
});

describe('metrics with METRICS_TOKEN', () => {
  let api: TestApi;
  const token = 'metrics-token-for-tests-0123456789';
  beforeAll(async () => {
    api = await startTestApi({ env: { METRICS_TOKEN: token } });
  });
  afterAll(async () => api?.close());

  it('answers 401 without the token or with another, 200 with it', async () => {
    expect((await scrape(api)).status).toBe(401);
    expect((await scrape(api, 'not-the-token-not-the-token')).status).toBe(401);
    const ok = await scrape(api, token);
    expect(ok.status).toBe(200);
    expect(parse(await ok.text()).some((x) => x.name === 'delega_http_request_duration_seconds_count')).toBe(
      true,
    );
  });
});

describe('metrics without a token and without development switches', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { DEV_MAILBOX: '0' } });
  });
  afterAll(async () => api?.close());

  it('has no route', async () => {
    expect((await scrape(api)).status).toBe(404);
  });
});
