import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The durable, ordered stream of what live subscribers may see (`src/modules/events/README` in
 * ARCHITECTURE.md). Appended inside the committing transaction; NOTIFY only wakes the readers.
 * `xid` (the appending transaction, assigned before `id` is drawn) makes a visibility-safe
 * watermark possible: ids of concurrent transactions become visible out of order. Pruned after the
 * retention window. Carries ids and states only, never personal data.
 */
@Entity({ tableName: 'live_event' })
@Index({ properties: ['createdAt'] })
// The reader looks up the rows of transactions that were in progress at its last read.
@Index({ properties: ['xid'] })
@Index({ properties: ['userIds'], type: 'gin' })
export class LiveEvent {
  [OptionalProps]?: 'id' | 'xid' | 'createdAt' | 'userIds';

  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  /** The appending transaction's id (top level), as `pg_current_xact_id()` returns it. */
  @Property({ columnType: 'xid8', type: 'string', defaultRaw: 'pg_current_xact_id()' })
  xid!: string;

  /** The pub/sub topic (`src/graphql/topics.ts`). */
  @Property({ length: 60 })
  topic!: string;

  /** Who hears of it; empty for a topic every process acts on (e.g. SESSION_ENDED). */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', defaultRaw: `'{}'` })
  userIds!: string[];

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
