import type { AccessGrantStatus } from '../modules/grants/access-grant.entity.ts';
import type { AccessGrantChange } from '../modules/grants/grant-events.ts';

/**
 * Every pub/sub topic and its payload, in one place. Payloads are stored in the live event stream
 * (`live_event`, kept 24 hours) or, for wake-ups, sent as a NOTIFY: ids and states only, never
 * personal data.
 */
export interface Topics {
  /** A grant changed; delivered to its titular and its invitee. */
  ACCESS_GRANT_CHANGED: {
    grantId: string;
    titularId: string;
    inviteeId: string | null;
    /** Other accounts titular of the grant's partner now (company grants: every representative). */
    partnerUserIds?: string[];
    status: AccessGrantStatus;
    /** What happened (the domain event's type). */
    change: AccessGrantChange;
    /** When, ISO 8601 (the database clock of the change's transaction). */
    at: string;
  };
  /** An act under a grant (bill viewed or downloaded, request made); delivered to its two parties. */
  GRANT_ACTIVITY: { grantId: string; titularId: string; inviteeId: string; eventId: string };
  /** A service request was made on an installation (by its titular or an invitee). */
  SERVICE_REQUEST_ADDED: { serviceRequestId: string; installationNumber: string };
  /** Sessions that ended (sign-out, password reset): their WebSocket connections are closed. */
  SESSION_ENDED: { sessionIds: string[] };
  /** Service keys revoked: every process drops them from its principal cache. */
  API_KEY_REVOKED: { apiKeyIds: string[] };
}

export type Topic = keyof Topics;

/**
 * Who hears of each topic: the users whose subscriptions it reaches (stored with the event, the
 * fan-out's index), or `ALL` (every process acts on it: durable, no user).
 */
export const TOPIC_AUDIENCE: { [T in Topic]: ((payload: Topics[T]) => string[]) | 'ALL' } = {
  ACCESS_GRANT_CHANGED: (p) => [
    ...new Set([p.titularId, ...(p.partnerUserIds ?? []), ...(p.inviteeId ? [p.inviteeId] : [])]),
  ],
  GRANT_ACTIVITY: (p) => [p.titularId, p.inviteeId],
  SERVICE_REQUEST_ADDED: 'ALL',
  SESSION_ENDED: 'ALL',
  API_KEY_REVOKED: 'ALL',
};
