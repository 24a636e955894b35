// What PostgreSQL saw during a workload: statements (pg_stat_statements, reset before) and lock waits
// (pg_stat_activity sampled every 20 ms), read over a separate admin connection.
import pg from 'pg';

export interface StatementStat {
  query: string;
  calls: number;
  meanMs: number;
  totalMs: number;
  /**
   * Planning time per call (pg_stat_statements.track_planning: total_plan_time / calls), so a
   * prepared statement whose plan is reused shows ~0.
   */
  planMs: number;
  /** How many of the calls were planned (a reused generic plan is not). */
  plans: number;
}

export class PgObserver {
  private constructor(private readonly client: pg.Client) {}

  static async connect(url: string): Promise<PgObserver> {
    const client = new pg.Client({ connectionString: url });
    // A server going away fails the next query with a clear error instead of crashing the process.
    client.on('error', (err) => console.error(`bench observer connection: ${err.message}`));
    await client.connect();
    return new PgObserver(client);
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  /** Runs `fn` and returns every statement the other connections sent meanwhile. */
  async statements(fn: () => Promise<void>): Promise<{ total: number; byQuery: StatementStat[] }> {
    await this.client.query('select pg_stat_statements_reset()');
    await fn();
    const { rows } = await this.client.query<{
      query: string;
      calls: string;
      mean: number;
      total: number;
      plan: number;
      plans: string;
    }>(
      `select query, calls, mean_exec_time as mean, total_exec_time as total,
              total_plan_time / greatest(calls, 1) as plan, plans
         from pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname = current_database() and query not ilike '%pg_stat%'
        order by calls desc, total_exec_time desc`,
    );
    const byQuery = rows.map((r) => ({
      query: r.query.replace(/\s+/g, ' ').slice(0, 160),
      calls: Number(r.calls),
      meanMs: r.mean,
      totalMs: r.total,
      planMs: r.plan,
      plans: Number(r.plans),
    }));
    return { total: byQuery.reduce((s, r) => s + r.calls, 0), byQuery };
  }

  /** Samples pg_stat_activity while `fn` runs: how often a backend was waiting for a lock, and on what. */
  async lockWaits(fn: () => Promise<void>): Promise<{
    samples: number;
    withWaiter: number;
    meanWaiting: number;
    meanActive: number;
    queries: string[];
    /** What the active backends were waiting for (wait_event_type:wait_event, or `cpu`), in % of samples. */
    waits: string[];
  }> {
    let stop = false;
    let samples = 0;
    let withWaiter = 0;
    let waiting = 0;
    let active = 0;
    const queries = new Map<string, number>();
    const waits = new Map<string, number>();
    const sampler = (async () => {
      while (!stop) {
        const { rows } = await this.client.query<{
          wait: string | null;
          event: string | null;
          state: string;
          query: string;
        }>(
          `select wait_event_type as wait, wait_event as event, state, query from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
        );
        samples++;
        const waiters = rows.filter((r) => r.wait === 'Lock');
        if (waiters.length) withWaiter++;
        waiting += waiters.length;
        active += rows.filter((r) => r.state === 'active').length;
        for (const r of rows) {
          if (r.state !== 'active' && r.state !== 'idle in transaction') continue;
          const k =
            r.state === 'idle in transaction'
              ? 'idle in transaction (waiting for the API)'
              : r.wait
                ? `${r.wait}:${r.event}`
                : 'cpu';
          waits.set(k, (waits.get(k) ?? 0) + 1);
        }
        for (const w of waiters) {
          const q = w.query.replace(/\s+/g, ' ').slice(0, 70);
          queries.set(q, (queries.get(q) ?? 0) + 1);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    try {
      await fn();
    } finally {
      stop = true;
      await sampler;
    }
    return {
      samples,
      withWaiter,
      meanWaiting: waiting / Math.max(1, samples),
      meanActive: active / Math.max(1, samples),
      queries: [...queries].sort((a, b) => b[1] - a[1]).map(([q, n]) => `${n}× ${q}`),
      waits: [...waits]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${(n / Math.max(1, samples)).toFixed(2)}`),
    };
  }

  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, params)).rows;
  }
}
