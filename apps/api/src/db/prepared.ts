// Hot reads as named prepared statements with bound parameters. `em.execute` inlines its `?`
// parameters, so every call is a new statement text that PostgreSQL parses and plans again (the
// access check: ~1.3 ms of planning for ~0.25 ms of execution). A named statement is parsed once per
// pooled connection and its plan reused. PgBouncer < 1.21 in transaction mode cannot keep a named
// statement per client: DATABASE_PREPARED_STATEMENTS=false sends the same text unnamed (still bound
// parameters, planned on every call). Left at its default behind such a pool, the first statement
// that meets another server connection's names (42P05, 26000) is sent again unnamed, and that pool
// uses unnamed statements from then on: a misconfiguration costs planning time, never an answer.
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** A statement with `$1…$n` parameters and the name it is prepared under (unique per text). */
export interface PreparedStatement {
  name: string;
  text: string;
}

export function preparedStatement(name: string, text: string): PreparedStatement {
  return { name, text };
}

/** Where a prepared statement runs: the request's EntityManager (its pool) or a pool of its own (a replica). */
export type StatementTarget = EntityManager | pg.Pool;

/** The pool a target's statements run on (its EntityManager's, outside any transaction). */
export async function poolOf(target: StatementTarget): Promise<pg.Pool> {
  if ('query' in target && typeof target.query === 'function' && !('getConnection' in target)) return target;
  const em = target as EntityManager;
  // A pooled connection is outside any transaction of this EntityManager: refuse rather than escape it.
  if (em.isInTransaction()) throw new Error('a prepared statement runs outside transactions');
  return em.getConnection().getNativeClient();
}

/**
 * Runs `statement` with `values` on a pooled connection: named (prepared once per connection) when
 * `prepared`, else unnamed. Rows come through the pool's type parsers, as with `em.execute`.
 */
export async function queryPrepared<R extends pg.QueryResultRow>(
  target: StatementTarget,
  statement: PreparedStatement,
  values: unknown[],
  opts: { prepared: boolean },
): Promise<R[]> {
  const pool = await poolOf(target);
  if (!opts.prepared || unnamedOnly.has(pool)) {
    return (await pool.query<R>({ text: statement.text, values })).rows;
  }
  try {
    return (await pool.query<R>({ name: statement.name, text: statement.text, values })).rows;
  } catch (err) {
    if (!isForeignStatementName(err)) throw err;
    // Concurrent statements meet it together: warn once per pool.
    if (!unnamedOnly.has(pool)) {
      unnamedOnly.add(pool);
      process.emitWarning(
        'named prepared statements do not survive this connection pool (PgBouncer < 1.21 in transaction mode?): ' +
          'sending them unnamed from now on; set DATABASE_PREPARED_STATEMENTS=false to say so',
        { code: 'DELEGA_PREPARED_STATEMENTS' },
      );
    }
    return (await pool.query<R>({ text: statement.text, values })).rows;
  }
}

/** Pools whose server connections are shared between clients: named statements are off there. */
const unnamedOnly = new WeakSet<pg.Pool>();

/** 42P05 (the name exists on this server connection) or 26000 (it does not): a pooler moved us. */
function isForeignStatementName(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '42P05' || code === '26000';
}
