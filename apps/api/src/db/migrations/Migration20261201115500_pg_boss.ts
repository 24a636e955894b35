import { readFileSync } from 'node:fs';
import { Migration } from '@mikro-orm/migrations';

// The job system's schema (modules/jobs): pg-boss 12.38.0, schema version 46, frozen as pg-boss
// generates it (`getConstructionPlans('pgboss')`, in pg-boss-v46.sql beside this file). pg-boss never
// changes its schema itself (`migrate: false`), and refuses to start on another version: a pg-boss
// upgrade that moves the schema version comes with a migration holding
// `getMigrationPlans('pgboss', 46)`, frozen the same way.
export class Migration20261201115500_pg_boss extends Migration {
  override name = 'Migration20261201115500_pg_boss';

  override up(): void | Promise<void> {
    this.addSql(readFileSync(new URL('./pg-boss-v46.sql', import.meta.url), 'utf8'));
  }

  override down(): void | Promise<void> {
    this.addSql('drop schema if exists pgboss cascade;');
  }
}
