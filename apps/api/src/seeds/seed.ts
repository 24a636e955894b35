import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../modules/accounts/user.entity.ts';

/** Seeds the demo data when the database has no users. Returns whether it seeded. */
export async function seedIfEmpty(em: EntityManager): Promise<boolean> {
  const count = await em.count(User, {});
  if (count > 0) return false;
  return false;
}
