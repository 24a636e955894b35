import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092704_live_event extends Migration {

  override name = 'Migration20261201092704_live_event';

  override up(): void | Promise<void> {
    this.addSql(`create table "live_event" ("id" bigserial primary key, "xid" xid8 not null default pg_current_xact_id(), "topic" varchar(60) not null, "user_ids" uuid[] not null default '{}', "payload" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "live_event_user_ids_index" on "live_event" using gin ("user_ids");`);
    this.addSql(`create index "live_event_created_at_index" on "live_event" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "live_event" cascade;`);
  }

}
