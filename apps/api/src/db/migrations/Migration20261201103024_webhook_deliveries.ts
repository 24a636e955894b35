import { Migration } from '@mikro-orm/migrations';

export class Migration20261201103024_webhook_deliveries extends Migration {

  override name = 'Migration20261201103024_webhook_deliveries';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_cursor" ("name" varchar(40) not null, "high" bigint not null, "pending" jsonb not null, "updated_at" timestamptz not null default now(), primary key ("name"));`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "event_id" bigint null, "type" varchar(60) not null, "payload" jsonb not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_status" int null, "last_error" varchar(300) null, "created_at" timestamptz not null default now(), "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "webhook_cursor" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
