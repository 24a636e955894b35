// ReadReplica without a replica configured: every read is the primary's.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../common/logger.ts';
import { ReadReplica } from './read-replica.ts';

describe('ReadReplica', () => {
  it('runs every read on the primary when no replica is configured', async () => {
    const replica = new ReadReplica(undefined, createLogger('silent'));
    const primary = {} as EntityManager;
    const seen: EntityManager[] = [];
    await replica.read(primary, (em) => Promise.resolve(seen.push(em)));
    expect(seen).toEqual([primary]);
    expect(replica.reads).toEqual({ replica: 0, primary: 1, unavailable: 0 });
    await replica.close();
  });
});
