// Webhook deliveries end to end: a grant accepted and then revoked reaches a local receiver as
// signed Standard Webhooks messages (verified with the package's verifier), from the durable event
// stream; 503 is retried (Retry-After honoured), 410 disables the endpoint, and so does the last
// failed attempt, each telling the team's contact by e-mail (pt-BR); the log and redeliver.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { MAX_ATTEMPTS } from '../src/modules/webhooks/webhook-retry.ts';
import { WEBHOOK_RETENTION } from '../src/modules/webhooks/webhook.jobs.ts';
import { accept, createWorld, data, invite, revoke, sql } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { outboxRows } from './mail-outbox.ts';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let api: TestApi;
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** Statuses to answer per receiver path, in order; then 204. Each endpoint has its own path, so an
 * answer meant for one endpoint is never taken by another endpoint's delivery. */
const answers = new Map<string, Array<{ status: number; headers?: Record<string, string> }>>();
let headers: Record<string, string>;
const CONTACT = 'ura-webhooks@empresa.test';

/** The "webhook desativado" e-mails to the team's contact that name this endpoint. */
async function disabledMails(endpointId: string) {
  const rows = await outboxRows(api, { to: CONTACT, template: 'webhook-endpoint-disabled' });
  return rows.filter((m) => m.text.includes(endpointId));
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const a = answers.get(req.url ?? '')?.shift() ?? { status: 204 };
      res.writeHead(a.status, a.headers ?? {});
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  api = await startTestApi({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
  headers = {
    'x-api-key': (
      await new ApiKeyService().create(api.orm.em.fork(), 'ura', ['webhooks:manage'], {
        team: 'atendimento-ura',
        contactEmail: CONTACT,
      })
    ).key,
  };
});
afterAll(async () => {
  await api?.close();
  await new Promise<void>((r) => receiver.close(() => r()));
});

let endpoints = 0;
async function endpoint(events: string[]): Promise<{ id: string; secret: string; path: string }> {
  const path = `/hooks/${++endpoints}`;
  const r = await api.gql<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
    { input: { url: `${receiverUrl}${path}`, events } },
    { headers },
  );
  const { secret, endpoint: e } = data(r).createWebhookEndpoint;
  return { id: e.id, secret, path };
}

async function deliveries(endpointId: string) {
  const r = await api.gql<{
    webhookDeliveries: Array<{
      id: string;
      type: string;
      status: string;
      attempts: number;
      lastStatus: number | null;
    }>;
  }>(
    `query($id: ID!) { webhookDeliveries(endpointId: $id) { id type status attempts lastStatus } }`,
    { id: endpointId },
    { headers },
  );
  return data(r).webhookDeliveries;
}

/** Makes pending retries (their jobs) due now (database clock), instead of waiting for their backoff. */
async function retryNow(): Promise<void> {
  await sql(api, `update webhook_delivery set next_attempt_at = now() where status = 'PENDING'`);
  await sql(
    api,
    `update pgboss.job set start_after = now() where name = 'webhook.deliver' and state in ('created', 'retry')`,
  );
}

describe('webhook deliveries', () => {
  it('accept and revoke arrive signed, thin, in order; 503 is retried; the log shows it', async () => {
    const ep = await endpoint(['grant.accepted', 'grant.ended']);
    // Let the consumer place its cursor before the changes.
    await expect
      .poll(async () => (await sql(api, `select 1 from webhook_cursor`)).length, { timeout: 10_000 })
      .toBe(1);
    const w = await createWorld(api);
    const g = await invite(api, w);
    answers.set(ep.path, [{ status: 503, headers: { 'retry-after': '1' } }]);
    expect((await accept(api, g.mailToken, w.inviteeToken)).errors).toBeUndefined();
    await revoke(api, w, g.grant.id);
    const mine = () => received.filter((r) => r.body.includes(g.grant.id));
    await expect.poll(() => mine().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    // The retry is the job system's: a second attempt's job, due no earlier than Retry-After (1 s).
    await expect
      .poll(
        async () =>
          (
            await sql(
              api,
              `select 1 from pgboss.job where name = 'webhook.deliver' and data->>'attempt' = '2'
                 and start_after >= created_on + interval '1 second'`,
            )
          ).length,
        { timeout: 15_000 },
      )
      .toBe(1);
    await retryNow();
    await expect.poll(() => mine().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const wh = new Webhook(ep.secret);
    const verified = mine().map(
      (r) =>
        wh.verify(r.body, r.headers as Record<string, string>) as {
          type: string;
          data: Record<string, unknown>;
        },
    );
    const types = verified.map((v) => v.type);
    expect(types).toContain('grant.accepted');
    expect(types).toContain('grant.ended');
    const ended = verified.find((v) => v.type === 'grant.ended')!;
    expect(ended.data).toMatchObject({ grantId: g.grant.id, status: 'REVOKED', reason: 'REVOKED' });
    // Thin: ids and states, no personal data.
    for (const r of mine()) expect(r.body).not.toContain(w.invitee.cpf);
    // Every message ends DELIVERED; the one that met the 503 took a second attempt.
    await expect
      .poll(async () => (await deliveries(ep.id)).every((d) => d.status === 'DELIVERED'), { timeout: 15_000 })
      .toBe(true);
    const log = await deliveries(ep.id);
    expect(log.map((d) => d.attempts).sort()).toEqual([1, 2]);
  });

  it('410 Gone disables the endpoint; redeliver is refused until it is enabled again', async () => {
    const ep = await endpoint(['grant.accepted']);
    const w = await createWorld(api);
    const g = await invite(api, w);
    answers.set(ep.path, [{ status: 410 }]);
    expect((await accept(api, g.mailToken, w.inviteeToken)).errors).toBeUndefined();
    await expect
      .poll(async () => (await deliveries(ep.id)).find((d) => d.type === 'grant.accepted')?.status, {
        timeout: 15_000,
      })
      .toBe('FAILED');
    const list = await api.gql<{
      webhookEndpoints: Array<{ id: string; enabled: boolean; disabledReason: string | null }>;
    }>(`{ webhookEndpoints { id enabled disabledReason } }`, {}, { headers });
    expect(data(list).webhookEndpoints.find((e) => e.id === ep.id)).toMatchObject({ enabled: false });
    // Its team is told, once, in Portuguese.
    await expect.poll(async () => (await disabledMails(ep.id)).length, { timeout: 15_000 }).toBe(1);
    const [mail] = await disabledMails(ep.id);
    expect(mail!.subject).toMatch(/^Webhook desativado/);
    expect(mail!.text).toMatch(/HTTP 410/);
    const failed = (await deliveries(ep.id))[0]!;
    const REDELIVER = `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }`;
    const refused = await api.gql(REDELIVER, { id: failed.id }, { headers });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.gql(
      `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { enabled: true }) { id } }`,
      { id: ep.id },
      { headers },
    );
    const again = await api.gql<{ redeliverWebhook: { id: string } }>(
      REDELIVER,
      { id: failed.id },
      { headers },
    );
    const copy = data(again).redeliverWebhook.id;
    await expect
      .poll(async () => (await deliveries(ep.id)).find((d) => d.id === copy)?.status, { timeout: 15_000 })
      .toBe('DELIVERED');
  });

  it('the last failed attempt disables the endpoint and tells its team', async () => {
    const ep = await endpoint(['grant.accepted']);
    await expect
      .poll(async () => (await sql(api, `select 1 from webhook_cursor`)).length, { timeout: 10_000 })
      .toBe(1);
    const w = await createWorld(api);
    const g = await invite(api, w);
    // The receiver is down for good; the delivery is put at its last attempt instead of waiting a day.
    answers.set(
      ep.path,
      Array.from({ length: 20 }, () => ({ status: 503 })),
    );
    expect((await accept(api, g.mailToken, w.inviteeToken)).errors).toBeUndefined();
    // The first attempt met a 503: its retry is a job scheduled at the backoff.
    await expect
      .poll(async () => (await deliveries(ep.id)).find((d) => d.type === 'grant.accepted')?.attempts, {
        timeout: 15_000,
      })
      .toBe(1);
    // Jump to the last attempt: the row and its retry job, together, then make it due now.
    await sql(
      api,
      `with d as (update webhook_delivery set attempts = ${MAX_ATTEMPTS - 1}
                   where endpoint_id = '${ep.id}' and status = 'PENDING' returning id)
       update pgboss.job j set data = jsonb_set(j.data, '{attempt}', to_jsonb(${MAX_ATTEMPTS})), start_after = now()
         from d where j.name = 'webhook.deliver' and j.state in ('created', 'retry') and j.data->>'deliveryId' = d.id::text`,
    );
    await expect
      .poll(async () => (await deliveries(ep.id)).find((d) => d.type === 'grant.accepted')?.status, {
        timeout: 15_000,
      })
      .toBe('FAILED');
    const list = await api.gql<{
      webhookEndpoints: Array<{ id: string; enabled: boolean; disabledReason: string | null }>;
    }>(`{ webhookEndpoints { id enabled disabledReason } }`, {}, { headers });
    expect(data(list).webhookEndpoints.find((e) => e.id === ep.id)).toMatchObject({
      enabled: false,
      disabledReason: 'persistent delivery failure',
    });
    await expect.poll(async () => (await disabledMails(ep.id)).length, { timeout: 15_000 }).toBe(1);
    expect((await disabledMails(ep.id))[0]!.text).toMatch(/continuaram falhando/);
  });

  it('the delivery log keeps 30 days: older finished deliveries are deleted by the scheduled sweep', async () => {
    const ep = await endpoint(['grant.accepted']);
    const [old, recent, waiting] = [randomUUID(), randomUUID(), randomUUID()];
    await sql(
      api,
      `insert into webhook_delivery (id, endpoint_id, type, payload, status, created_at) values
         (?, ?, 'grant.accepted', '{}', 'DELIVERED', now() - interval '31 days'),
         (?, ?, 'grant.accepted', '{}', 'DELIVERED', now() - interval '29 days'),
         (?, ?, 'grant.accepted', '{}', 'PENDING', now() - interval '31 days')`,
      [old, ep.id, recent, ep.id, waiting, ep.id],
    );
    // The sweep is a scheduled job (every half hour); send the job the schedule sends.
    await api.app.services.jobs.sendNow(WEBHOOK_RETENTION, {});
    await expect
      .poll(async () => (await sql(api, `select 1 from webhook_delivery where id = ?`, [old])).length, {
        timeout: 15_000,
      })
      .toBe(0);
    const left = await sql<{ id: string }>(api, `select id from webhook_delivery where id in (?, ?)`, [
      recent,
      waiting,
    ]);
    expect(left.map((r) => r.id).sort()).toEqual([recent, waiting].sort());
  });
});
