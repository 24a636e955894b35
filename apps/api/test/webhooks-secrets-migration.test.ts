// The migration that seals webhook secrets at rest: endpoints registered while secrets were stored
// in the clear keep signing with the same secret afterwards, and the plain columns are gone.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_MAIL_KEYRING } from '../src/config/mail-keys.ts';
import { initOrm } from '../src/db/database.ts';
import { WebhookEndpoint } from '../src/modules/webhooks/webhook-endpoint.entity.ts';
import { WebhookEndpointService } from '../src/modules/webhooks/webhook-endpoint.service.ts';
import { newWebhookSecret, signDelivery } from '../src/modules/webhooks/webhook-signing.ts';
import { createTestDatabase } from './test-db.ts';

const MIGRATION = 'Migration20261201115041_webhook_secrets_sealed';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.sessionUrl);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('sealing existing webhook secrets', () => {
  it('seals the plain secrets of existing endpoints, which then sign as before', async () => {
    await orm.migrator.down({ migrations: [MIGRATION] });
    const id = randomUUID();
    const [secret, previous] = [newWebhookSecret(), newWebhookSecret()];
    await orm.em.fork().execute(
      `insert into webhook_endpoint (id, owner, url, events, secret, previous_secret, previous_secret_until)
       values (?, 'ura', 'https://ura.example/hooks', '["grant.accepted"]', ?, ?, now() + interval '1 hour')`,
      [id, secret, previous],
    );
    await orm.migrator.up();

    const [row] = await orm.em
      .fork()
      .execute<Record<string, unknown>[]>(`select * from webhook_endpoint where id = ?`, [id]);
    expect(Object.keys(row!)).not.toContain('secret');
    expect(JSON.stringify(row)).not.toContain(secret.slice('whsec_'.length));
    expect(JSON.stringify(row)).not.toContain(previous.slice('whsec_'.length));

    const endpoint = await orm.em.fork().findOneOrFail(WebhookEndpoint, { id });
    const secrets = WebhookEndpointService.signingSecrets(endpoint, DEV_MAIL_KEYRING);
    expect(secrets).toEqual([secret, previous]);
    const body = '{"type":"grant.accepted"}';
    const headers = signDelivery({ id: 'msg_m', at: new Date(), body, secrets });
    expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();
  });
});
