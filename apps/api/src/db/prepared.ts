// Hot reads as named prepared statements with bound parameters. `em.execute` inlines its `?`
// parameters, so every call is a new statement text that PostgreSQL parses and plans again (the
// access check: ~1.3 ms of planning for ~0.25 ms of execution). A named statement is parsed once per
// pooled connection and its plan reused. PgBouncer < 1.21 in transaction mode cannot keep a named
// statement per client: DATABASE_PREPARED_STATEMENTS=false sends the same text unnamed (still bound
// parameters, planned on every call).
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
  const res = await pool.query<R>(
    opts.prepared ? { name: statement.name, text: statement.text, values } : { text: statement.text, values },
  );
  return res.rows;
}
