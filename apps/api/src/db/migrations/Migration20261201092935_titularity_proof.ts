import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092935_titularity_proof extends Migration {

  override name = 'Migration20261201092935_titularity_proof';

  override up(): void | Promise<void> {
    this.addSql(`create type "titularity_proof_method" as enum ('EMAIL_CODE', 'CUSTOMER_CODE', 'SEED');`);
    this.addSql(`create table "titularity_proof" ("id" uuid not null, "user_id" uuid not null, "business_partner_id" uuid not null, "method" "titularity_proof_method" not null, "at" timestamptz not null default now(), "ip" varchar(64) null, "port" int null, "user_agent" varchar(400) null, primary key ("id"));`);
    this.addSql(`create index "titularity_proof_business_partner_id_index" on "titularity_proof" ("business_partner_id");`);
    this.addSql(`alter table "titularity_proof" add constraint "titularity_proof_user_id_business_partner_id_unique" unique ("user_id", "business_partner_id");`);

    this.addSql(`create table "titularity_code" ("id" uuid not null, "user_id" uuid null, "business_partner_id" uuid not null, "cpf" varchar(11) null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "used_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "titularity_code_user_id_business_partner_id_index" on "titularity_code" ("user_id", "business_partner_id");`);

    this.addSql(`create table "cpf_reclaim" ("id" uuid not null, "previous_user_id" uuid not null, "new_user_id" uuid not null, "business_partner_id" uuid not null, "method" "titularity_proof_method" not null, "at" timestamptz not null default now(), "ip" varchar(64) null, "port" int null, primary key ("id"));`);
    this.addSql(`create index "cpf_reclaim_previous_user_id_index" on "cpf_reclaim" ("previous_user_id");`);

    this.addSql(`alter table "business_partner" add "contact_email" varchar(254) null, add "customer_code" varchar(16) null;`);


    this.addSql(`alter table "partner_representative" add "contact_email" varchar(254) null;`);

    this.addSql(`alter table "access_grant_event" add "port" int null;`);

    this.addSql(`alter table "titularity_proof" add constraint "titularity_proof_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "titularity_proof" add constraint "titularity_proof_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id") on delete cascade;`);

    this.addSql(`alter table "titularity_code" add constraint "titularity_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "titularity_code" add constraint "titularity_code_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id") on delete cascade;`);

    this.addSql(`alter table "cpf_reclaim" add constraint "cpf_reclaim_previous_user_id_foreign" foreign key ("previous_user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "cpf_reclaim" add constraint "cpf_reclaim_new_user_id_foreign" foreign key ("new_user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "cpf_reclaim" add constraint "cpf_reclaim_business_partner_id_foreign" foreign key ("business_partner_id") references "business_partner" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "titularity_proof" cascade;`);
    this.addSql(`drop table if exists "titularity_code" cascade;`);
    this.addSql(`drop table if exists "cpf_reclaim" cascade;`);

    this.addSql(`alter table "access_grant_event" drop column "port";`);

    this.addSql(`alter table "business_partner" drop column "contact_email", drop column "customer_code";`);


    this.addSql(`alter table "partner_representative" drop column "contact_email";`);

    this.addSql(`drop type "titularity_proof_method";`);
  }

}
