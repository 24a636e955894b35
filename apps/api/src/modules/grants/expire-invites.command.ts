// The expiry sweep: overdue invites become EXPIRED (database clock), in batches.
import type { EntityManager } from '@mikro-orm/postgresql';
import { expireDue, type GrantDeps } from './grant-transition.ts';

/**
 * Each batch in its own transaction (see `expireDue`: safe in several processes at once); the
 * titulars are e-mailed and notified through the EXPIRED events. Returns how many expired.
 */
export async function expireInvites(em: EntityManager, deps: GrantDeps, batchSize = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await em.fork().transactional((tx) => expireDue(tx, deps, batchSize));
    total += n;
    if (n < batchSize) return total;
  }
}
