// Which webhook events a stream event makes, and their thin payload (ids, type, time: the receiver
// confirms through the API, e.g. installationAccess).
import type { StreamRow } from './webhook-consumer.ts';
import type { WebhookEventType } from './webhook-endpoint.service.ts';

export interface WebhookMessage {
  type: WebhookEventType;
  payload: { type: WebhookEventType; timestamp: string; data: Record<string, unknown> };
}

/** Changes that end a grant (its status is then final); `reason` in grant.ended. */
const ENDING = new Set([
  'DECLINED',
  'EXPIRED',
  'CANCELLED',
  'REVOKED',
  'RENOUNCED',
  'AUTHORITY_ENDED',
  'VALIDITY_ENDED',
]);
const FINAL = new Set(['DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED']);
/** Changes after which installationAccess may answer differently for someone. */
const ACCESS_CHANGES = new Set([
  'ACCEPTED',
  'INSTALLATIONS_REVOKED',
  'SCOPES_NARROWED',
  'VALIDITY_CHANGED',
  'AUTHORITY_ENDED',
]);

export function webhookMessagesOf(row: StreamRow): WebhookMessage[] {
  if (row.topic !== 'ACCESS_GRANT_CHANGED') return [];
  const p = row.payload as { grantId?: string; status?: string; change?: string; at?: string };
  if (!p.grantId || !p.change || !p.status) return [];
  const timestamp = p.at ?? row.createdAt.toISOString();
  const base = { grantId: p.grantId, status: p.status, change: p.change };
  const out: WebhookMessage[] = [];
  const add = (type: WebhookEventType, data: Record<string, unknown>) =>
    out.push({ type, payload: { type, timestamp, data } });
  if (p.change === 'ACCEPTED') add('grant.accepted', base);
  const ended = ENDING.has(p.change) && FINAL.has(p.status);
  if (ended) add('grant.ended', { ...base, reason: p.change });
  // An accepted grant that ends (REVOKED) changes access; an invite that ends never gave any.
  if (ACCESS_CHANGES.has(p.change) || (ended && p.status === 'REVOKED'))
    add('installation_access.changed', base);
  return out;
}
