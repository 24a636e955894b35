// Webhook endpoints, managed by a team's service key (scope webhooks:manage): the secret is shown
// once, rotation keeps the previous secret signing for the overlap, teams never see each other's,
// and private targets are refused unless an operator allows them (this file allows loopback).
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMailKeyring, type MailKeyring } from '../src/config/mail-keys.ts';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { WebhookEndpoint } from '../src/modules/webhooks/webhook-endpoint.entity.ts';
import { WebhookEndpointService } from '../src/modules/webhooks/webhook-endpoint.service.ts';
import { signDelivery } from '../src/modules/webhooks/webhook-signing.ts';
import { data, errorOf } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url events enabled } } }`;
const LIST = `{ webhookEndpoints { id url events enabled previousSecretUntil } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $input) { id url events enabled disabledReason } }`;
const ROTATE = `mutation($id: ID!, $m: Int) { rotateWebhookSecret(id: $id, overlapMinutes: $m) { secret endpoint { previousSecretUntil } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;

let api: TestApi;
let strict: TestApi;
let team: Record<string, string>;
let otherTeam: Record<string, string>;
let noScope: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
  strict = await startTestApi({ databaseUrl: api.databaseUrl });
  const keys = new ApiKeyService();
  const em = api.orm.em.fork();
  team = { 'x-api-key': (await keys.create(em, 'atendimento-ura', ['webhooks:manage'])).key };
  otherTeam = { 'x-api-key': (await keys.create(em, 'cobranca', ['webhooks:manage'])).key };
  noScope = { 'x-api-key': (await keys.create(em, 'sem-webhooks', ['installation-access:read'])).key };
});
afterAll(async () => {
  await strict?.close();
  await api?.close();
});

async function create(headers = team, url = 'http://127.0.0.1:9/hook') {
  const r = await api.gql<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
    CREATE,
    { input: { url, events: ['grant.accepted', 'grant.ended'] } },
    { headers },
  );
  return data(r).createWebhookEndpoint;
}

describe('webhook endpoints', () => {
  it('create shows the whsec_ secret once; the listing never does', async () => {
    const made = await create();
    expect(made.secret).toMatch(/^whsec_/);
    const list = await api.gql<{ webhookEndpoints: Array<{ id: string; enabled: boolean }> }>(
      LIST,
      {},
      { headers: team },
    );
    expect(data(list).webhookEndpoints.find((e) => e.id === made.endpoint.id)).toMatchObject({
      enabled: true,
    });
    expect(JSON.stringify(list)).not.toContain(made.secret);
  });

  it('the secret is stored sealed: the row holds neither the current nor, after a rotation, the previous one', async () => {
    const made = await create();
    const rotated = await api.gql<{ rotateWebhookSecret: { secret: string } }>(
      ROTATE,
      { id: made.endpoint.id, m: 60 },
      { headers: team },
    );
    const fresh = data(rotated).rotateWebhookSecret.secret;
    const rows = await api.orm.em
      .fork()
      .execute<Record<string, unknown>[]>(`select * from webhook_endpoint where id = ?`, [made.endpoint.id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    for (const secret of [made.secret, fresh]) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(secret.slice('whsec_'.length));
    }
  });

  it("teams never see or change each other's endpoints; other callers are refused", async () => {
    const made = await create();
    const theirs = await api.gql<{ webhookEndpoints: Array<{ id: string }> }>(
      LIST,
      {},
      { headers: otherTeam },
    );
    expect(data(theirs).webhookEndpoints.map((e) => e.id)).not.toContain(made.endpoint.id);
    expect(errorOf(await api.gql(DELETE, { id: made.endpoint.id }, { headers: otherTeam })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await api.gql(LIST, {}, { headers: noScope })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(LIST)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown event types and, unless allowed, private or plain-HTTP targets', async () => {
    const bad = await api.gql(
      CREATE,
      { input: { url: 'http://127.0.0.1:9/hook', events: ['grant.everything'] } },
      { headers: team },
    );
    expect(errorOf(bad)).toMatchObject({ code: 'VALIDATION_FAILED' });
    for (const url of [
      'http://127.0.0.1:9/hook',
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest',
      'https://[::1]/x',
    ]) {
      const r = await strict.gql(CREATE, { input: { url, events: ['grant.accepted'] } }, { headers: team });
      const e = errorOf(r);
      expect(e.code, url).toBe('VALIDATION_FAILED');
      expect((e.extensions.fields as { url: string }).url).toMatch(/HTTPS público/);
    }
  });

  it('update changes events and disables/re-enables; delete removes it', async () => {
    const made = await create();
    const u = await api.gql<{ updateWebhookEndpoint: { events: string[]; enabled: boolean } }>(
      UPDATE,
      { id: made.endpoint.id, input: { events: ['installation_access.changed'], enabled: false } },
      { headers: team },
    );
    expect(data(u).updateWebhookEndpoint).toMatchObject({
      events: ['installation_access.changed'],
      enabled: false,
    });
    const again = await api.gql<{ updateWebhookEndpoint: { enabled: boolean } }>(
      UPDATE,
      { id: made.endpoint.id, input: { enabled: true } },
      { headers: team },
    );
    expect(data(again).updateWebhookEndpoint.enabled).toBe(true);
    expect(
      data(
        await api.gql<{ deleteWebhookEndpoint: boolean }>(
          DELETE,
          { id: made.endpoint.id },
          { headers: team },
        ),
      ).deleteWebhookEndpoint,
    ).toBe(true);
    expect(errorOf(await api.gql(DELETE, { id: made.endpoint.id }, { headers: team })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a rotated secret: deliveries are signed with both until the overlap ends', async () => {
    const made = await create();
    const r = await api.gql<{
      rotateWebhookSecret: { secret: string; endpoint: { previousSecretUntil: string } };
    }>(ROTATE, { id: made.endpoint.id, m: 60 }, { headers: team });
    const fresh = data(r).rotateWebhookSecret;
    expect(fresh.secret).not.toBe(made.secret);
    expect(fresh.endpoint.previousSecretUntil).not.toBeNull();
    const row = await api.orm.em.fork().findOneOrFail(WebhookEndpoint, { id: made.endpoint.id });
    const body = JSON.stringify({ type: 'grant.ended' });
    const headers = signDelivery({
      id: 'msg_rot',
      at: new Date(),
      body,
      secrets: WebhookEndpointService.signingSecrets(row, api.app.services.mail.keys),
    });
    expect(() => new Webhook(fresh.secret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(made.secret).verify(body, { ...headers })).not.toThrow();
    // Past the overlap only the new secret signs.
    const later = new Date(Date.now() + 61 * 60_000);
    expect(WebhookEndpointService.signingSecrets(row, api.app.services.mail.keys, later)).toEqual([
      fresh.secret,
    ]);
  });

  it('after a rotation of the data-at-rest keys the secrets are re-sealed, and sign without the old key', async () => {
    const made = await create();
    const app = api.app.services.mail.keys;
    const entries = (k: MailKeyring) => [...k.keys].map(([id, key]) => `${id}:${key.toString('base64')}`);
    const newKey = `k2:${randomBytes(32).toString('base64')}`;
    const rotated = parseMailKeyring([newKey, ...entries(app)].join(','));
    expect(await WebhookEndpointService.resealSecrets(api.orm.em.fork(), rotated)).toBeGreaterThanOrEqual(1);
    const row = await api.orm.em.fork().findOneOrFail(WebhookEndpoint, { id: made.endpoint.id });
    expect(row.secretKeyId).toBe('k2');
    expect(WebhookEndpointService.signingSecrets(row, parseMailKeyring(newKey))).toEqual([made.secret]);
    // Back to the process's own key for whatever runs next on this database.
    await WebhookEndpointService.resealSecrets(
      api.orm.em.fork(),
      parseMailKeyring([...entries(app), newKey].join(',')),
    );
  });
});
