// `pnpm test:pgbouncer`: the API integration suite once more, with every request pool behind
// PgBouncer in transaction mode and the session-mode URL (LISTEN, job workers) on PostgreSQL itself.
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

/**
 * Left out, with the reason: they test something other than the API's use of its connections, and
 * run in the main suite (directly on PostgreSQL) all the same.
 */
const NOT_BEHIND_PGBOUNCER = [
  // Faults of the PostgreSQL server and of API processes (PgBouncer would hide a server restart);
  // app-database-outage puts its own relay between the API and PostgreSQL.
  'test/faults/**',
  'test/app-database-outage.test.ts',
  // The embedded server itself, and the demo data's size and determinism (own databases, ~30 s).
  'test/embedded-postgres.test.ts',
  'test/seed.test.ts',
  'test/billing-seed.test.ts',
  // CPU-bound: PDF rendering, generated inputs, 2,500-installation partners, SendGrid retry timing
  // and sealed mail bodies (mail-mailbox covers enqueue-in-transaction and delivery behind PgBouncer).
  'test/protocol.test.ts',
  'test/security-inputs.property.test.ts',
  'test/customers-scale.test.ts',
  'test/mail-sendgrid.test.ts',
  'test/mail-at-rest.test.ts',
  // Races the event reader (session pool) against the first delivery's grant read (request pool):
  // behind PgBouncer the read is slower and a subscriber overflows before its first event, so it
  // has no cursor to resume from. A live-events matter, not a connection one (reported).
  'test/events-backpressure.test.ts',
  // Its own primary and streaming standby, never PgBouncer's: the main suite runs it.
  'test/replica.test.ts',
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/**/*.test.ts'],
    exclude: NOT_BEHIND_PGBOUNCER,
    globalSetup: ['test/pgbouncer/global-setup.ts'],
  },
});
