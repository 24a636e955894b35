import type { AccessGrantStatus } from '../modules/grants/access-grant.entity.ts';
import type { AccessGrantChange } from '../modules/grants/grant-events.ts';

/**
 * Every pub/sub topic and its payload, in one place. Payloads travel through PostgreSQL NOTIFY
 * (8,000 bytes at most): ids and states only, never personal data.
 */
export interface Topics {
  /** A grant changed; delivered to its titular and its invitee. */
  ACCESS_GRANT_CHANGED: {
    grantId: string;
    titularId: string;
    inviteeId: string | null;
    status: AccessGrantStatus;
    /** What happened (the domain event's type). */
    change: AccessGrantChange;
    /** When, ISO 8601 (the database clock of the change's transaction). */
    at: string;
  };
  /** Sessions that ended (sign-out, password reset): their WebSocket connections are closed. */
  SESSION_ENDED: { sessionIds: string[] };
  /** New mail in the outbox: wakes the delivery worker without waiting for its poll. */
  MAIL_QUEUED: Record<string, never>;
}

export type Topic = keyof Topics;
