import DataLoader from 'dataloader';
import type { GraphQLContext } from './context.ts';

/**
 * One DataLoader per request and key, so a list query costs a fixed number of SQL statements
 * whatever its length.
 */
export function loader<K, V>(
  ctx: GraphQLContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  let l = ctx.cache.get(key) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.cache.set(key, l);
  }
  return l;
}
