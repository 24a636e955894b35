import { Migration } from '@mikro-orm/migrations';

export class Migration20261201102614_webhook_endpoints extends Migration {

  override name = 'Migration20261201102614_webhook_endpoints';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "owner" varchar(100) not null, "url" varchar(2000) not null, "events" jsonb not null, "secret" varchar(100) not null, "previous_secret" varchar(100) null, "previous_secret_until" timestamptz null, "disabled_at" timestamptz null, "disabled_reason" varchar(200) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_owner_index" on "webhook_endpoint" ("owner");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
