import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092620_scopes_activity_service_requests extends Migration {

  override name = 'Migration20261201092620_scopes_activity_service_requests';

  override up(): void | Promise<void> {
    this.addSql(`create type "service_request_type" as enum ('DUE_DATE_CHANGE', 'POWER_OUTAGE');`);
    this.addSql(`create type "service_request_status" as enum ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');`);
    this.addSql(`create sequence "service_request_protocol_seq";`);
    this.addSql(`create table "service_request" ("id" uuid not null, "protocol_number" varchar(24) not null, "installation_id" uuid not null, "business_partner_id" uuid not null, "type" "service_request_type" not null, "status" "service_request_status" not null default 'RECEIVED', "due_day" smallint null, "description" varchar(1000) null, "requester_id" uuid not null, "grant_id" uuid null, "idempotency_key" varchar(100) not null, "requested_at" timestamptz not null default now(), "ip" varchar(64) null, "port" int null, "user_agent" varchar(400) null, primary key ("id"));`);
    this.addSql(`alter table "service_request" add constraint "service_request_protocol_number_unique" unique ("protocol_number");`);
    this.addSql(`create index "service_request_grant_id_requested_at_index" on "service_request" ("grant_id", "requested_at");`);
    this.addSql(`create index "service_request_installation_id_requested_at_index" on "service_request" ("installation_id", "requested_at");`);
    this.addSql(`alter table "service_request" add constraint "service_request_requester_id_idempotency_key_unique" unique ("requester_id", "idempotency_key");`);

    this.addSql(`alter table "access_grant" add "scopes" text[] not null default '{VIEW_BILLS,REQUEST_SERVICES}';`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_scopes_check" check (scopes <@ '{VIEW_BILLS,REQUEST_SERVICES}'::text[]);`);

    this.addSql(`alter type "access_grant_event_type" add value if not exists 'SCOPES_NARROWED' after 'VALIDITY_REMINDER_SENT';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'BILL_VIEWED' after 'SCOPES_NARROWED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'BILL_DOWNLOADED' after 'BILL_VIEWED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'CONSUMPTION_VIEWED' after 'BILL_DOWNLOADED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'SERVICE_REQUESTED' after 'CONSUMPTION_VIEWED';`);

    this.addSql(`alter table "service_request" add constraint "service_request_installation_id_foreign" foreign key ("installation_id") references "installation" ("id");`);
    this.addSql(`alter table "service_request" add constraint "service_request_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id");`);
    this.addSql(`alter table "service_request" add constraint "service_request_requester_id_foreign" foreign key ("requester_id") references "app_user" ("id");`);
    this.addSql(`alter table "service_request" add constraint "service_request_grant_id_foreign" foreign key ("grant_id") references "access_grant" ("id") on delete set null;`);
    this.addSql(`alter table "service_request" add constraint "service_request_due_day_check" check ((type = 'DUE_DATE_CHANGE') = (due_day is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "service_request" cascade;`);

    this.addSql(`alter table "access_grant" drop column "scopes";`);

    this.addSql(`drop sequence if exists "service_request_protocol_seq";`);
    this.addSql(`drop type "service_request_type";`);
    this.addSql(`drop type "service_request_status";`);
  }

}
