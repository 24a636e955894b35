// The grant of an ACCESS_GRANT_CHANGED event, read by each process's event reader in the statement
// that reads the event (the same snapshot that made it visible, so it reflects the change): every
// subscriber of the process shapes its view from that one row, with no read of its own.
import { GRANT_SELECT } from '../grants/access-grant.sql.ts';
import type { RelatedRead } from './event-reader.ts';

export const GRANT_OF_EVENT: RelatedRead = {
  topic: 'ACCESS_GRANT_CHANGED',
  key: 'grantId',
  select: GRANT_SELECT,
  idColumn: 'g.id',
};
