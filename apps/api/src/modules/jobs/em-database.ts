// pg-boss's `db` option over a MikroORM transaction: its statements run on the transaction's own
// connection, so a job is inserted (and its NOTIFY sent) only if the caller's change commits.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Db } from 'pg-boss';

// The part of a Kysely transaction (MikroORM 7's transaction context) used here. pg-boss writes
// `$1` placeholders and its own `?` operators, so its SQL goes to the driver connection as it is,
// bypassing MikroORM's `?` parameter formatting.
interface DriverConnection {
  executeQuery(query: {
    sql: string;
    parameters: readonly unknown[];
    query: unknown;
    queryId: unknown;
  }): Promise<{
    rows: unknown[];
  }>;
}
interface TransactionContext {
  getExecutor(): { provideConnection<R>(run: (c: DriverConnection) => Promise<R>): Promise<R> };
}

/** Thrown when a job is enqueued outside a transaction (it could outlive a rolled-back change). */
export class NoTransactionError extends Error {
  constructor() {
    super('enqueue must run inside the caller’s transaction (em.transactional)');
    this.name = 'NoTransactionError';
  }
}

/** A pg-boss `Db` on the transaction `em` is in. */
export function transactionDb(em: EntityManager): Db {
  const trx = em.getTransactionContext<never>() as TransactionContext | undefined;
  if (!trx || !em.isInTransaction()) throw new NoTransactionError();
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const { rows } = await trx.getExecutor().provideConnection((c) =>
        c.executeQuery({
          sql: text,
          parameters: values,
          query: { kind: 'RawNode', sqlFragments: [text], parameters: [] },
          queryId: { queryId: 'pg-boss' },
        }),
      );
      return { rows };
    },
  };
}
