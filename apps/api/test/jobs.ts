// Waiting on the job system (pg-boss) instead of sleeping: a queue is settled when none of its jobs
// is waiting or running (a delayed retry counts as waiting).
import pg from 'pg';

export interface JobCounts {
  /** created or retry (due now or later) */
  waiting: number;
  active: number;
  failed: number;
}

/** The jobs of `queue` by state, read straight from the job table. */
export async function jobCounts(databaseUrl: string, queue: string): Promise<JobCounts> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<JobCounts>(
      `select count(*) filter (where state in ('created', 'retry'))::int as waiting,
              count(*) filter (where state = 'active')::int as active,
              count(*) filter (where state = 'failed')::int as failed
         from pgboss.job where name = $1`,
      [queue],
    );
    return rows[0]!;
  } finally {
    await c.end();
  }
}

/** Resolves once `queue` has nothing waiting or running; fails after `timeoutMs`. */
export async function settled(databaseUrl: string, queue: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const n = await jobCounts(databaseUrl, queue);
    if (n.waiting === 0 && n.active === 0) return;
    if (Date.now() > until) throw new Error(`queue ${queue} not settled: ${JSON.stringify(n)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
