// The webhook figures an operator watches, read from the database at each scrape (so they are the
// same whichever process is scraped): deliveries waiting, deliveries given up on in the last 24 hours
// (the failures), failed attempts in the last 24 hours, disabled endpoints, the oldest waiting one.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge } from 'prom-client';
import type { Metrics } from '../metrics/metrics.ts';

const SQL = `
select
  (select count(*) from webhook_delivery where status = 'PENDING')::int as pending,
  (select count(*) from webhook_delivery
    where status = 'FAILED' and created_at > now() - interval '24 hours')::int as failed,
  (select coalesce(sum(attempts - case when status = 'DELIVERED' then 1 else 0 end), 0)
     from webhook_delivery where created_at > now() - interval '24 hours')::int as failed_attempts,
  (select count(*) from webhook_endpoint where disabled_at is not null)::int as disabled,
  coalesce((select extract(epoch from now() - min(created_at))
              from webhook_delivery where status = 'PENDING'), 0)::float8 as oldest`;

interface Row {
  pending: number;
  failed: number;
  failed_attempts: number;
  disabled: number;
  oldest: number;
}

/** Registers the webhook gauges on `metrics` and reads them at each scrape. */
export function webhookFigures(metrics: Metrics, orm: MikroORM): void {
  const registers = [metrics.registry];
  const g = {
    pending: new Gauge({
      name: 'delega_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting for an attempt or a retry.',
      registers,
    }),
    failed: new Gauge({
      name: 'delega_webhook_deliveries_failed_24h',
      help: 'Webhook deliveries given up on (FAILED) among those made in the last 24 hours.',
      registers,
    }),
    failedAttempts: new Gauge({
      name: 'delega_webhook_attempts_failed_24h',
      help: 'Failed attempts (retried or not) of webhook deliveries made in the last 24 hours.',
      registers,
    }),
    disabled: new Gauge({
      name: 'delega_webhook_endpoints_disabled',
      help: 'Webhook endpoints disabled (by their owner, a 410 answer, or persistent failure).',
      registers,
    }),
    oldest: new Gauge({
      name: 'delega_webhook_oldest_pending_age_seconds',
      help: 'Age of the oldest webhook delivery still waiting (0 when none).',
      registers,
    }),
  };
  metrics.addCollector(async () => {
    const [row] = await orm.em.fork().execute<Row[]>(SQL);
    if (!row) return;
    g.pending.set(row.pending);
    g.failed.set(row.failed);
    g.failedAttempts.set(row.failed_attempts);
    g.disabled.set(row.disabled);
    g.oldest.set(row.oldest);
  });
}
