// The read replica (DATABASE_REPLICA_URL, a physical streaming standby of the primary) for reads
// that must still show every committed change: a revoke takes effect immediately, so a lagging
// replica may never answer "allowed". Rule: a read goes to the replica only when the replica has
// replayed all the WAL the primary had written when the read began; otherwise, and whenever the
// replica is unreachable or is not a standby, it runs on the primary. No time bound is involved.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger.ts';
import { isDependencyUnreachable } from '../common/unreachable.ts';
import { initOrm } from './database.ts';

export interface ReplicaReads {
  /** Reads served by the replica. */
  replica: number;
  /** Reads run on the primary because the replica had not replayed far enough (or none is set). */
  primary: number;
  /** Of those, because the replica could not be reached or is not a standby. */
  unavailable: number;
}

export class ReadReplica {
  private orm: Promise<MikroORM> | null = null;
  private warned = false;
  readonly reads: ReplicaReads = { replica: 0, primary: 0, unavailable: 0 };

  constructor(
    private readonly url: string | undefined,
    private readonly log: Logger,
    private readonly poolMax = 10,
  ) {}

  get configured(): boolean {
    return this.url !== undefined;
  }

  /**
   * Runs `read` on the replica when it is caught up with the primary as of now, else on `primary`
   * (the request's EntityManager). `read` must only read.
   */
  async read<T>(primary: EntityManager, read: (em: EntityManager) => Promise<T>): Promise<T> {
    const replica = this.url ? await this.caughtUp(primary) : null;
    if (!replica) {
      this.reads.primary++;
      return read(primary);
    }
    try {
      const answer = await read(replica);
      this.reads.replica++;
      this.warned = false;
      return answer;
    } catch (err) {
      // The replica went away mid-read: the primary answers instead. Anything else is the read's own.
      if (!isDependencyUnreachable(err)) throw err;
      this.unavailable(err);
      this.reads.primary++;
      return read(primary);
    }
  }

  /**
   * A replica EntityManager when the replica's replayed position is at or past the primary's WAL
   * insert position read first: every transaction committed before this call (its commit record is
   * inserted before it becomes visible) is then visible on the replica too.
   */
  private async caughtUp(primary: EntityManager): Promise<EntityManager | null> {
    const [{ lsn }] = await primary.execute<[{ lsn: string }]>(
      'select pg_current_wal_insert_lsn()::text as lsn',
    );
    try {
      const em = (await this.replicaOrm()).em.fork();
      // Null unless in recovery: a promoted or mistaken "replica" is never read.
      const [{ ok }] = await em.execute<[{ ok: boolean | null }]>(
        'select pg_last_wal_replay_lsn() >= ?::pg_lsn as ok',
        [lsn],
      );
      if (ok === null) throw new Error('DATABASE_REPLICA_URL is not a standby (not in recovery)');
      return ok ? em : null;
    } catch (err) {
      // Unreachable, refusing us or misconfigured: the primary answers (and the log says why, once).
      this.unavailable(err);
      return null;
    }
  }

  /** The replica's ORM, connected on first use (and again after a failed first connection). */
  private replicaOrm(): Promise<MikroORM> {
    this.orm ??= initOrm(this.url!, { poolMax: this.poolMax, logger: this.log }).catch((err: unknown) => {
      this.orm = null;
      throw err;
    });
    return this.orm;
  }

  private unavailable(err: unknown): void {
    this.reads.unavailable++;
    // Once per outage is enough in the log; every read still falls back.
    if (!this.warned) this.log.warn({ err }, 'read replica unavailable: reading from the primary');
    this.warned = true;
  }

  async close(): Promise<void> {
    const orm = this.orm;
    this.orm = null;
    if (orm) await (await orm.catch(() => null))?.close();
  }
}
