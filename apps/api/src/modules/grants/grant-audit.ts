// The audit trail of a grant: append-only steps, each with who took it and from where.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestMeta } from '../../common/request-meta.ts';
import { asDate } from '../../db/sql.ts';
import type { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';

/** Who acts, from where: recorded on every audit step. */
export interface Actor {
  userId: string | null;
  meta: RequestMeta | null;
}

/** The expiry sweep and other steps nobody took by hand. */
export const SYSTEM_ACTOR: Actor = { userId: null, meta: null };

export interface AuditStep {
  grantId: string;
  type: AccessGrantEventType;
  role: ActorRole;
  actor: Actor;
  /** Details without personal data, e.g. `{ installationNumbers: [...] }`. */
  data?: Record<string, unknown>;
}

/** Appends a step; returns its instant (the database clock of the caller's transaction). */
export async function recordStep(em: EntityManager, step: AuditStep): Promise<Date> {
  return (await appendStep(em, step)).at;
}

/** Appends a step; returns its id and instant (activity notifications name the step). */
export async function appendStep(em: EntityManager, step: AuditStep): Promise<{ id: string; at: Date }> {
  const { actor } = step;
  const rows = await em.execute<{ id: string; at: Date }[]>(
    `insert into access_grant_event (grant_id, type, actor_role, actor_id, at, ip, port, user_agent, data)
     values (?, ?, ?, ?, now(), ?, ?, ?, ?::jsonb)
     returning id, at`,
    [
      step.grantId,
      step.type,
      step.role,
      actor.userId,
      actor.meta?.ip ?? null,
      // The source port with the address (Marco Civil art. 15; behind carrier-grade NAT, see RequestMeta).
      actor.meta?.port ?? null,
      actor.meta?.userAgent?.slice(0, 400) ?? null,
      step.data ? JSON.stringify(step.data) : null,
    ],
  );
  return { id: String(rows[0]!.id), at: asDate(rows[0]!.at) };
}
