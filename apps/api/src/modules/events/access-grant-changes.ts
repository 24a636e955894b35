// The `accessGrantChanged` subscription's two halves: `grantChanges` follows a user's events (with a
// resume from a cursor), `grantChangeFor` shapes one event for one viewer. An event's grant is read
// ONCE per process (shared by every subscriber the event reaches) and each viewer's view is derived
// from it in memory with the same rules as the queries (access policy, CPF masking).
import { AppError } from '../../common/errors.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import type { Topics } from '../../graphql/topics.ts';
import { LiveGrantChange, AccessGrantChangedEvent } from '../grants/access-grant-changed.type.ts';
import { rowsByIds } from '../grants/access-grant.queries.ts';
import { mapGrantRow, partiesOfRow, type GrantRow } from '../grants/access-grant.sql.ts';
import { AccessGrantType, type GrantViewer } from '../grants/access-grant.type.ts';
import { decide, person } from '../grants/grant-access.policy.ts';
import { decodeEventCursor } from './event-position.ts';
import { DEFAULT_QUEUE_LIMIT, type Delivery } from './live-subscription.ts';
import { setShareScope } from './share-scope.ts';
import { socketOf, TOO_MANY_PENDING } from './socket-of.ts';

type GrantChanged = Topics['ACCESS_GRANT_CHANGED'];

const VIEWER_KEY = 'grants:viewer';
export const INVALID_EVENT_CURSOR =
  'Cursor de eventos inválido. Leia as listas de novo e assine sem `after`.';

/** The viewer's id and CPF (masking depends on it): read once per subscription. */
function viewerOf(ctx: GraphQLContext): Promise<GrantViewer> {
  let p = ctx.cache.get(VIEWER_KEY) as Promise<GrantViewer> | undefined;
  if (!p) {
    const { userId } = requireViewer(ctx);
    // With the partners the viewer is titular of (company grants: every representative sees them).
    // Read through a fork of its own, not kept: the subscription's context holds no EntityManager.
    const em = ctx.services.orm.em.fork();
    p = Promise.all([
      ctx.services.grants.user(em, userId),
      ctx.services.customers.partnerIdsForUser(em, userId),
    ]).then(([u, partnerIds]) => ({ userId: u.id, cpf: u.cpf, partnerIds }));
    ctx.cache.set(VIEWER_KEY, p);
  }
  return p;
}

/** The signed-in user's grant events, live; with `after`, first what they missed since that cursor. */
export async function grantChanges(
  ctx: GraphQLContext,
  after: string | null | undefined,
): Promise<AsyncIterableIterator<Delivery>> {
  const { userId } = requireViewer(ctx);
  const from = after == null ? undefined : decodeEventCursor(after);
  if (from === null) throw AppError.validation({ after: INVALID_EVENT_CURSOR }, INVALID_EVENT_CURSOR);
  const viewer = await viewerOf(ctx);
  setShareScope(ctx, JSON.stringify([viewer.cpf, viewer.partnerIds]));
  const sub = ctx.services.pubsub.follow('ACCESS_GRANT_CHANGED', userId, {
    limit: DEFAULT_QUEUE_LIMIT,
    after: from,
    // Too far behind: the connection is closed with a clear code; the client resumes from its cursor.
    onOverflow: () => socketOf(ctx)?.close(TOO_MANY_PENDING.code, TOO_MANY_PENDING.reason),
  });
  return sub;
}

/**
 * Field resolvers below (installations…) read afresh for each event, not from the subscription's
 * identity map; the EntityManager is forked only if one of them asks for it (most events: none).
 */
function freshReads(ctx: GraphQLContext, viewer: GrantViewer): void {
  let em: GraphQLContext['em'] | undefined;
  Object.defineProperty(ctx, 'em', {
    configurable: true,
    enumerable: true,
    get: () => (em ??= ctx.services.orm.em.fork()),
    set: (v: GraphQLContext['em']) => {
      em = v;
    },
  });
  ctx.cache = new Map([[VIEWER_KEY, Promise.resolve(viewer)]]);
}

/**
 * The event's grant, read once for every subscriber of this process: by the event reader with the
 * event (live events), else (a resume's replay) one read serves every event of the same grant seen
 * before it started (a read that began after the reader saw a commit reflects it). A read that fails (the database's connections were just cut) is retried a few times rather
 * than sent as an error.
 */
async function readOnce(d: Delivery, grantId: string, ctx: GraphQLContext): Promise<GrantRow | undefined> {
  // Read by the event reader with the event itself (null: the grant is gone).
  const related = d.event!.related as GrantRow | null | undefined;
  if (related !== undefined)
    return d.event!.shared('grant', () => Promise.resolve(related ? mapGrantRow(related) : undefined));
  for (let attempt = 1; ; attempt++) {
    try {
      return await d.event!.shared('grant', () => grantRead(ctx, grantId, d.event!.seenAt));
    } catch (err) {
      if (attempt >= READ_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}

interface GrantRead {
  startedAt: number;
  row: Promise<GrantRow | undefined>;
}

/** Reads in flight or just done, per process (its ORM) and grant. */
const recentReads = new WeakMap<object, Map<string, GrantRead>>();
/** How long a finished read may serve events seen before it started. */
const KEEP_READ_MS = 1000;

function grantRead(ctx: GraphQLContext, grantId: string, seenAt: number): Promise<GrantRow | undefined> {
  const orm = ctx.services.orm;
  let reads = recentReads.get(orm);
  if (!reads) recentReads.set(orm, (reads = new Map<string, GrantRead>()));
  const recent = reads.get(grantId);
  if (recent && recent.startedAt >= seenAt) return recent.row;
  const entry: GrantRead = {
    startedAt: performance.now(),
    row: rowsByIds(orm.em.fork(), [grantId]).then((m) => m.get(grantId)),
  };
  reads.set(grantId, entry);
  const forget = () => {
    if (reads.get(grantId) === entry) reads.delete(grantId);
  };
  entry.row.then(() => setTimeout(forget, KEEP_READ_MS).unref(), forget);
  return entry.row;
}

const READ_ATTEMPTS = 5;

/** One event as this viewer sees it (the grant null when they may no longer see it). */
export async function grantChangeFor(ctx: GraphQLContext, d: Delivery): Promise<AccessGrantChangedEvent> {
  if (!d.event) {
    return Object.assign(new AccessGrantChangedEvent(), {
      grantId: null,
      change: LiveGrantChange.RESYNC,
      status: null,
      at: new Date(),
      grant: null,
      cursor: d.cursor,
    });
  }
  const event = d.event.payload as GrantChanged;
  const viewer = await viewerOf(ctx);
  freshReads(ctx, viewer);
  const row = await readOnce(d, event.grantId, ctx);
  // Every tab of one person sees the same view: derived once per event and person.
  const grant = await d.event.shared(`view:${viewer.userId}`, () =>
    Promise.resolve(
      row &&
        decide(person(viewer.userId, viewer.cpf, viewer.partnerIds), 'VIEW', partiesOfRow(row)) === 'ALLOWED'
        ? AccessGrantType.fromRow(row, viewer)
        : null,
    ),
  );
  return Object.assign(new AccessGrantChangedEvent(), {
    grantId: event.grantId,
    change: event.change,
    status: grant?.status ?? event.status,
    at: new Date(event.at),
    grant,
    cursor: d.cursor,
  });
}
