// The PgBouncer run's global setup: the usual test server and template, with PgBouncer in
// transaction mode in front of it (test-db.ts hands out request URLs through it).
import type { TestProject } from 'vitest/node';
import { setupTestRun } from '../global-setup.ts';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupTestRun(project, { pgBouncer: true });
}
