// Generates a migration from the difference between the entities and the last snapshot.
// Runs against a throw-away embedded PostgreSQL so it never touches a developer's data.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { ensureDatabaseExists, initOrm, migrate } from '../db/database.ts';

const name = process.argv[2];
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-migration-'));
await fs.chmod(dir, 0o755);
const port = 20000 + Math.floor(Math.random() * 20000);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: false });
try {
  await ensureDatabaseExists(pg.url('postgres'), 'scratch');
  const orm = await initOrm(pg.url('scratch'));
  await migrate(orm);
  const result = await orm.migrator.create(undefined, false, false, name);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
  await orm.close();
} finally {
  await pg.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
