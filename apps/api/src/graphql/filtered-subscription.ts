// A subscription to one topic of this process's fan-out, passing on only the payloads `keep`
// accepts (who may see it, which grant or installation). Closing it stops the underlying one.
import type { PgPubSub } from './pubsub.ts';
import type { Topic, Topics } from './topics.ts';

export function subscribeFiltered<T extends Topic>(
  pubsub: PgPubSub,
  topic: T,
  keep: (payload: Topics[T]) => boolean | Promise<boolean>,
): AsyncIterableIterator<Topics[T]> {
  const abort = new AbortController();
  const source = pubsub.subscribe(topic, undefined, abort.signal)[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<Topics[T]> = {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done || (await keep(r.value))) return r;
      }
    },
    return() {
      abort.abort();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
