import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100416_service_keys extends Migration {

  override name = 'Migration20261201100416_service_keys';

  override up(): void | Promise<void> {
    this.addSql(`create table "admin_account" ("user_id" uuid not null, "granted_at" timestamptz not null default now(), primary key ("user_id"));`);

    this.addSql(`alter table "api_key" add "team" varchar(100) null, add "contact_email" varchar(254) null, add "rate_limit_per_minute" int null, add "expires_at" timestamptz null, add "replaced_by_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "admin_account" cascade;`);

    this.addSql(`alter table "api_key" drop column "team", drop column "contact_email", drop column "rate_limit_per_minute", drop column "expires_at", drop column "replaced_by_id";`);
  }

}
