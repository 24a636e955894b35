// The webhook consumer of the durable event stream, with its own cursor in the database: each step
// locks the cursor row, reads what follows it (late rows of transactions in progress at the last
// read, then new rows in id order — ids become visible out of commit order), records one delivery per
// subscribed endpoint with the job of its first attempt (the job system), and moves the cursor, in
// ONE transaction: no event is skipped or doubled, whichever process runs it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { afterPositionSql, parseSnapshot } from '../events/event-position.ts';
import { enqueueDeliveries } from './webhook-delivery.ts';
import { webhookMessagesOf } from './webhook-events.ts';

export const CURSOR_NAME = 'webhooks';
const BATCH = 500;

export interface StreamRow {
  id: string;
  topic: string;
  payload: unknown;
  createdAt: Date;
}

const READ_SQL = afterPositionSql(BATCH);

/** One step; true when a full batch was read (more may follow). */
export async function consumeOnce(em: EntityManager, jobs: JobQueue): Promise<boolean> {
  return em.transactional(async (tx) => {
    const cur = await tx.execute<{ high: string; pending: string[] }[]>(
      `select high::text as high, pending from webhook_cursor where name = ? for update`,
      [CURSOR_NAME],
    );
    if (!cur[0]) {
      // First run: deliver what commits from now on.
      await tx.execute(
        `insert into webhook_cursor (name, high, pending)
           select ?, coalesce(max(id), 0), to_jsonb(array(select x::text from pg_snapshot_xip(pg_current_snapshot()) x))
             from live_event
         on conflict (name) do nothing`,
        [CURSOR_NAME],
      );
      return false;
    }
    const high = cur[0].high;
    const rows = await tx.execute<
      { snap: string; id: string | null; topic: string | null; payload: unknown; created_at: Date | null }[]
    >(READ_SQL, [pgArray(cur[0].pending), high, high]);
    const snap = parseSnapshot(rows[0]!.snap);
    const found = rows.filter((r) => r.id !== null);
    let next = BigInt(high);
    for (const r of found) {
      if (BigInt(r.id!) > next) next = BigInt(r.id!);
      const messages = webhookMessagesOf({
        id: r.id!,
        topic: r.topic!,
        payload: r.payload,
        createdAt: new Date(r.created_at!),
      });
      for (const m of messages) {
        const made = await tx.execute<{ id: string }[]>(
          `insert into webhook_delivery (id, endpoint_id, event_id, type, payload)
             select gen_random_uuid(), w.id, ?::bigint, ?, ?::jsonb from webhook_endpoint w
              where w.disabled_at is null and w.events @> jsonb_build_array(?::text)
           returning id`,
          [r.id, m.type, JSON.stringify(m.payload), m.type],
        );
        await enqueueDeliveries(
          jobs,
          tx,
          made.map((d) => d.id),
        );
      }
    }
    await tx.execute(
      `update webhook_cursor set high = ?, pending = ?::jsonb, updated_at = now() where name = ?`,
      [next.toString(), JSON.stringify(snap.xip), CURSOR_NAME],
    );
    return found.filter((r) => BigInt(r.id!) > BigInt(high)).length >= BATCH;
  });
}
