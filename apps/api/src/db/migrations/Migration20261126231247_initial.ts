import { Migration } from '@mikro-orm/migrations';

export class Migration20261126231247_initial extends Migration {

  override name = 'Migration20261126231247_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "document_kind" as enum ('CPF', 'CNPJ');`);
    this.addSql(`create type "installation_status" as enum ('ACTIVE', 'INACTIVE');`);
    this.addSql(`create type "customer_class" as enum ('RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL', 'RURAL');`);
    this.addSql(`create type "voltage_group" as enum ('LOW_VOLTAGE');`);
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'SENDING', 'SENT', 'FAILED');`);
    this.addSql(`create type "account_token_purpose" as enum ('EMAIL_VERIFICATION', 'PASSWORD_RESET');`);
    this.addSql(`create type "access_grant_status" as enum ('INVITED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED');`);
    this.addSql(`create type "access_grant_end_reason" as enum ('DECLINED_BY_INVITEE', 'REVOKED_BY_TITULAR', 'CANCELLED_BY_TITULAR', 'RENOUNCED_BY_INVITEE', 'INVITE_EXPIRED', 'REPLACED_BY_NEW_INVITE', 'ALL_INSTALLATIONS_REVOKED');`);
    this.addSql(`create type "access_grant_event_type" as enum ('CREATED', 'LINK_REISSUED', 'VIEWED', 'ACCEPTED', 'ACCEPT_REFUSED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'REVOKED', 'INSTALLATIONS_REVOKED', 'RENOUNCED', 'REPLACED', 'PROTOCOL_DOWNLOADED');`);
    this.addSql(`create type "actor_role" as enum ('TITULAR', 'INVITEE', 'ANONYMOUS', 'SYSTEM');`);
    this.addSql(`create table "api_key" ("id" uuid not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "scopes" jsonb not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "business_partner" ("id" uuid not null, "number" varchar(20) not null, "name" varchar(200) not null, "document" varchar(14) not null, "document_kind" "document_kind" not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "business_partner" add constraint "business_partner_number_unique" unique ("number");`);
    this.addSql(`create index "business_partner_document_index" on "business_partner" ("document");`);

    this.addSql(`create table "installation" ("id" uuid not null, "number" varchar(12) not null, "business_partner_id" uuid not null, "street" varchar(200) not null, "street_number" varchar(20) not null, "complement" varchar(100) null, "district" varchar(100) not null, "city" varchar(100) not null, "state" varchar(2) not null, "postal_code" varchar(8) not null, "status" "installation_status" not null default 'ACTIVE', "customer_class" "customer_class" not null, "voltage_group" "voltage_group" not null default 'LOW_VOLTAGE', "search_text" text not null, primary key ("id"));`);
    this.addSql(`alter table "installation" add constraint "installation_number_unique" unique ("number");`);
    this.addSql(`create index "installation_business_partner_id_number_index" on "installation" ("business_partner_id", "number");`);

    this.addSql(`create table "mail_message" ("id" uuid not null, "template" varchar(60) not null, "to_email" varchar(254) not null, "to_name" varchar(200) null, "subject" varchar(300) not null, "html" text not null, "text" text not null, "links" jsonb not null, "status" "mail_status" not null default 'QUEUED', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "provider_message_id" varchar(100) null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "mail_message_status_next_attempt_at_index" on "mail_message" ("status", "next_attempt_at");`);

    this.addSql(`create table "partner_representative" ("id" serial primary key, "business_partner_id" uuid not null, "cpf" varchar(11) not null);`);
    this.addSql(`create index "partner_representative_cpf_index" on "partner_representative" ("cpf");`);
    this.addSql(`alter table "partner_representative" add constraint "partner_representative_business_partner_id_cpf_unique" unique ("business_partner_id", "cpf");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "full_name" varchar(200) not null, "cpf" varchar(11) not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "email_verified_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "password_changed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_cpf_unique" unique ("cpf");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_password_changed_at_index" on "app_user" ("password_changed_at");`);

    this.addSql(`create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(400) null, primary key ("id"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "account_token" ("id" uuid not null, "user_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" varchar(64) not null, "email" varchar(254) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "account_token_user_id_index" on "account_token" ("user_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "access_grant" ("id" uuid not null, "protocol_number" varchar(20) not null, "verification_code" varchar(32) not null, "titular_id" uuid not null, "business_partner_id" uuid not null, "invitee_full_name" varchar(200) not null, "invitee_cpf" varchar(11) not null, "invitee_email" varchar(254) not null, "invitee_id" uuid null, "status" "access_grant_status" not null default 'INVITED', "invite_token_hash" varchar(64) null, "invite_expires_at" timestamptz not null, "idempotency_key" varchar(100) null, "installation_count" int not null, "titular_terms_version" varchar(20) not null, "invitee_permission_terms_version" varchar(20) null, "invitee_platform_terms_version" varchar(20) null, "created_at" timestamptz not null default now(), "accepted_at" timestamptz null, "ended_at" timestamptz null, "end_reason" "access_grant_end_reason" null, "ended_by_id" uuid null, "replaces_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_protocol_number_unique" unique ("protocol_number");`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "access_grant_business_partner_id_index" on "access_grant" ("business_partner_id");`);
    this.addSql(`create index "access_grant_invitee_cpf_index" on "access_grant" ("invitee_cpf");`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_invite_token_hash_unique" unique ("invite_token_hash");`);
    this.addSql(`create index "access_grant_invitee_id_status_index" on "access_grant" ("invitee_id", "status");`);
    this.addSql(`create index "access_grant_titular_id_status_index" on "access_grant" ("titular_id", "status");`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_titular_id_idempotency_key_unique" unique ("titular_id", "idempotency_key");`);

    this.addSql(`create table "access_grant_installation" ("id" bigserial primary key, "grant_id" uuid not null, "installation_id" uuid not null, "revoked_at" timestamptz null, "revoked_by_id" uuid null);`);
    this.addSql(`create index "access_grant_installation_installation_id_index" on "access_grant_installation" ("installation_id");`);
    this.addSql(`alter table "access_grant_installation" add constraint "access_grant_installation_grant_id_installation_id_unique" unique ("grant_id", "installation_id");`);

    this.addSql(`create table "access_grant_event" ("id" bigserial primary key, "grant_id" uuid not null, "type" "access_grant_event_type" not null, "actor_role" "actor_role" not null, "actor_id" uuid null, "at" timestamptz not null default now(), "ip" varchar(64) null, "user_agent" varchar(400) null, "data" jsonb null);`);
    this.addSql(`create index "access_grant_event_grant_id_at_index" on "access_grant_event" ("grant_id", "at");`);

    this.addSql(`alter table "installation" add constraint "installation_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id");`);

    this.addSql(`alter table "partner_representative" add constraint "partner_representative_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id") on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "access_grant" add constraint "access_grant_titular_id_foreign" foreign key ("titular_id") references "app_user" ("id");`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id");`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_invitee_id_foreign" foreign key ("invitee_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_ended_by_id_foreign" foreign key ("ended_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_replaces_id_foreign" foreign key ("replaces_id") references "access_grant" ("id") on delete set null;`);

    this.addSql(`alter table "access_grant_installation" add constraint "access_grant_installation_grant_id_foreign" foreign key ("grant_id") references "access_grant" ("id") on delete cascade;`);
    this.addSql(`alter table "access_grant_installation" add constraint "access_grant_installation_installation_id_foreign" foreign key ("installation_id") references "installation" ("id");`);
    this.addSql(`alter table "access_grant_installation" add constraint "access_grant_installation_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "access_grant_event" add constraint "access_grant_event_grant_id_foreign" foreign key ("grant_id") references "access_grant" ("id") on delete cascade;`);
    this.addSql(`alter table "access_grant_event" add constraint "access_grant_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    // Hand-written: search, protocol numbers and the hot lookup of `installationAccess`.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "installation_search_text_trgm" on "installation" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "installation_business_partner_id_status_number_index" on "installation" ("business_partner_id", "status", "number");`);
    this.addSql(`create sequence "access_grant_protocol_seq";`);
    this.addSql(`create index "access_grant_installation_active_index" on "access_grant_installation" ("installation_id", "grant_id") where "revoked_at" is null;`);
    this.addSql(`create index "access_grant_invited_expiry_index" on "access_grant" ("invite_expires_at") where "status" = 'INVITED';`);
    this.addSql(`create index "access_grant_installation_grant_id_index" on "access_grant_installation" ("grant_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);
    // Rate-limit counters (rate-limiter-flexible's layout), shared by every API process.
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }


  override down(): void | Promise<void> {
    this.addSql(`alter table "installation" drop constraint "installation_business_partner_id_foreign";`);
    this.addSql(`alter table "partner_representative" drop constraint "partner_representative_business_partner_id_foreign";`);
    this.addSql(`alter table "access_grant" drop constraint "access_grant_business_partner_id_foreign";`);
    this.addSql(`alter table "access_grant_installation" drop constraint "access_grant_installation_installation_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "account_token" drop constraint "account_token_user_id_foreign";`);
    this.addSql(`alter table "access_grant" drop constraint "access_grant_titular_id_foreign";`);
    this.addSql(`alter table "access_grant" drop constraint "access_grant_invitee_id_foreign";`);
    this.addSql(`alter table "access_grant" drop constraint "access_grant_ended_by_id_foreign";`);
    this.addSql(`alter table "access_grant_installation" drop constraint "access_grant_installation_revoked_by_id_foreign";`);
    this.addSql(`alter table "access_grant_event" drop constraint "access_grant_event_actor_id_foreign";`);
    this.addSql(`alter table "access_grant" drop constraint "access_grant_replaces_id_foreign";`);
    this.addSql(`alter table "access_grant_installation" drop constraint "access_grant_installation_grant_id_foreign";`);
    this.addSql(`alter table "access_grant_event" drop constraint "access_grant_event_grant_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "business_partner" cascade;`);
    this.addSql(`drop table if exists "installation" cascade;`);
    this.addSql(`drop table if exists "mail_message" cascade;`);
    this.addSql(`drop table if exists "partner_representative" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`drop table if exists "access_grant" cascade;`);
    this.addSql(`drop table if exists "access_grant_installation" cascade;`);
    this.addSql(`drop table if exists "access_grant_event" cascade;`);

    this.addSql(`drop type "document_kind";`);
    this.addSql(`drop type "installation_status";`);
    this.addSql(`drop type "customer_class";`);
    this.addSql(`drop type "voltage_group";`);
    this.addSql(`drop type "mail_status";`);
    this.addSql(`drop type "account_token_purpose";`);
    this.addSql(`drop type "access_grant_status";`);
    this.addSql(`drop type "access_grant_end_reason";`);
    this.addSql(`drop type "access_grant_event_type";`);
    this.addSql(`drop type "actor_role";`);
  }

}
