// Standard Webhooks 1.0 signatures (the `standardwebhooks` package): `webhook-id`,
// `webhook-timestamp` and `webhook-signature` = `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
// During a secret rotation the delivery carries one signature per secret, space-separated, so a
// receiver verifies with either the old or the new secret.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const SECRET_PREFIX = 'whsec_';

/** A new signing secret (`whsec_` + 32 random bytes in base64), shown once to the endpoint's owner. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The headers of one delivery attempt, signed with every secret in force (newest first). */
export function signDelivery(opts: {
  id: string;
  at: Date;
  body: string;
  secrets: readonly string[];
}): SignedHeaders {
  if (opts.secrets.length === 0) throw new Error('no signing secret');
  const signatures = opts.secrets.map((s) => new Webhook(s).sign(opts.id, opts.at, opts.body));
  return {
    'webhook-id': opts.id,
    'webhook-timestamp': String(Math.floor(opts.at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
