// Webhook endpoints of a team (the service key's name): create with a secret shown once, list,
// change, rotate the secret (the previous one keeps signing for the overlap), delete.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import { isUuid } from '../../db/sql.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { openSecret, sealSecret } from './webhook-secrets.ts';
import { newWebhookSecret } from './webhook-signing.ts';
import { parseTargetUrl, resolveTarget } from './webhook-target.ts';

export const WEBHOOK_EVENT_TYPES = ['grant.accepted', 'grant.ended', 'installation_access.changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Endpoints one team may register. */
export const MAX_ENDPOINTS_PER_OWNER = 20;
/** Longest secret-rotation overlap: a week (minutes). */
export const MAX_SECRET_OVERLAP_MINUTES = 7 * 24 * 60;

function checkEvents(events: readonly string[]): WebhookEventType[] {
  const set = [...new Set(events)];
  if (set.length === 0 || set.some((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e)))
    throw AppError.validation({
      events: `Escolha pelo menos um evento entre ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
    });
  return set as WebhookEventType[];
}

export class WebhookEndpointService {
  constructor(private readonly deps: { allowPrivate: boolean; keys: MailKeyring }) {}

  private async checkUrl(raw: string): Promise<string> {
    const url = parseTargetUrl(raw.trim(), this.deps.allowPrivate);
    await resolveTarget(url, this.deps.allowPrivate);
    return url.toString();
  }

  async create(
    em: EntityManager,
    owner: string,
    input: { url: string; events: string[] },
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const events = checkEvents(input.events);
    const url = await this.checkUrl(input.url);
    if ((await em.count(WebhookEndpoint, { owner })) >= MAX_ENDPOINTS_PER_OWNER)
      throw new AppError(
        'CONFLICT',
        `Cada time pode ter até ${MAX_ENDPOINTS_PER_OWNER} endpoints de webhook.`,
      );
    const secret = newWebhookSecret();
    const endpoint = em.create(WebhookEndpoint, { owner, url, events, secretSealed: '', secretKeyId: '' });
    this.seal(endpoint, secret, null);
    await em.persist(endpoint).flush();
    return { endpoint, secret };
  }

  list(em: EntityManager, owner: string): Promise<WebhookEndpoint[]> {
    return em.find(WebhookEndpoint, { owner }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The team's endpoint, or NOT_FOUND (another team's reads the same as none). */
  async get(em: EntityManager, owner: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await em.findOne(WebhookEndpoint, { id, owner }) : null;
    if (!endpoint) throw new AppError('NOT_FOUND', 'Endpoint de webhook não encontrado.');
    return endpoint;
  }

  async update(
    em: EntityManager,
    owner: string,
    id: string,
    input: { url?: string | null; events?: string[] | null; enabled?: boolean | null },
  ): Promise<WebhookEndpoint> {
    const endpoint = await this.get(em, owner, id);
    if (input.url != null) endpoint.url = await this.checkUrl(input.url);
    if (input.events != null) endpoint.events = checkEvents(input.events);
    if (input.enabled === true) {
      endpoint.disabledAt = null;
      endpoint.disabledReason = null;
    } else if (input.enabled === false && !endpoint.disabledAt) {
      endpoint.disabledAt = new Date();
      endpoint.disabledReason = 'disabled by its owner';
    }
    endpoint.updatedAt = new Date();
    await em.flush();
    return endpoint;
  }

  async rotateSecret(
    em: EntityManager,
    owner: string,
    id: string,
    overlapMinutes: number,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    if (
      !Number.isInteger(overlapMinutes) ||
      overlapMinutes < 0 ||
      overlapMinutes > MAX_SECRET_OVERLAP_MINUTES
    )
      throw AppError.validation({
        overlapMinutes: `Informe de 0 a ${MAX_SECRET_OVERLAP_MINUTES} minutos (uma semana).`,
      });
    const endpoint = await this.get(em, owner, id);
    const secret = newWebhookSecret();
    const [current] = WebhookEndpointService.signingSecrets(endpoint, this.deps.keys);
    this.seal(endpoint, secret, overlapMinutes > 0 ? current! : null);
    endpoint.previousSecretUntil = overlapMinutes > 0 ? new Date(Date.now() + overlapMinutes * 60_000) : null;
    endpoint.updatedAt = new Date();
    await em.flush();
    return { endpoint, secret };
  }

  async delete(em: EntityManager, owner: string, id: string): Promise<boolean> {
    const endpoint = await this.get(em, owner, id);
    await em.remove(endpoint).flush();
    return true;
  }

  /** Seals both secrets with the current key (the previous one re-sealed, so one key id serves both). */
  private seal(endpoint: WebhookEndpoint, secret: string, previous: string | null): void {
    const { keys } = this.deps;
    endpoint.secretSealed = sealSecret(keys, endpoint.id, 'current', secret);
    endpoint.previousSecretSealed = previous ? sealSecret(keys, endpoint.id, 'previous', previous) : null;
    endpoint.secretKeyId = keys.currentId;
  }

  /**
   * After a rotation of the data-at-rest keys (a new key first in MAIL_ENCRYPTION_KEYS), seals every
   * secret sealed with an older key again with the current one, so the old key can be dropped.
   * Returns how many endpoints were re-sealed; one whose key is gone is left as it is (and logged).
   */
  static async resealSecrets(
    em: EntityManager,
    keys: MailKeyring,
    log?: { warn(o: object, m: string): void },
  ): Promise<number> {
    const stale = await em.find(WebhookEndpoint, { secretKeyId: { $ne: keys.currentId } });
    let done = 0;
    for (const endpoint of stale) {
      try {
        const open = (slot: 'current' | 'previous', sealed: string) =>
          openSecret(keys, endpoint.secretKeyId, endpoint.id, slot, sealed);
        const current = open('current', endpoint.secretSealed);
        const previous = endpoint.previousSecretSealed
          ? open('previous', endpoint.previousSecretSealed)
          : null;
        endpoint.secretSealed = sealSecret(keys, endpoint.id, 'current', current);
        endpoint.previousSecretSealed = previous ? sealSecret(keys, endpoint.id, 'previous', previous) : null;
        endpoint.secretKeyId = keys.currentId;
        done++;
      } catch (err) {
        log?.warn(
          { err, endpointId: endpoint.id },
          'webhook secret could not be re-sealed (its key is gone?)',
        );
      }
    }
    await em.flush();
    return done;
  }

  /** The secrets that sign a delivery now: the current one, and the previous one during its overlap. */
  static signingSecrets(endpoint: WebhookEndpoint, keys: MailKeyring, now = new Date()): string[] {
    const open = (slot: 'current' | 'previous', sealed: string) =>
      openSecret(keys, endpoint.secretKeyId, endpoint.id, slot, sealed);
    const previous =
      endpoint.previousSecretSealed && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now
        ? [open('previous', endpoint.previousSecretSealed)]
        : [];
    return [open('current', endpoint.secretSealed), ...previous];
  }
}
