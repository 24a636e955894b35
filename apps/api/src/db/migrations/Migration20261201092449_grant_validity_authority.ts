import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092449_grant_validity_authority extends Migration {

  override name = 'Migration20261201092449_grant_validity_authority';

  override up(): void | Promise<void> {
    this.addSql(`create type "customer_record_change_type" as enum ('INSTALLATION_TRANSFERRED', 'INSTALLATION_DEACTIVATED', 'REPRESENTATIVE_REMOVED', 'PARTNER_ENDED');`);
    this.addSql(`create table "customer_record_change" ("id" bigserial primary key, "type" "customer_record_change_type" not null, "source" varchar(120) not null, "at" timestamptz not null default now(), "data" jsonb null);`);
    this.addSql(`create index "customer_record_change_at_index" on "customer_record_change" ("at");`);

    this.addSql(`alter table "business_partner" add "ended_at" timestamptz null;`);

    this.addSql(`alter type "access_grant_end_reason" add value if not exists 'TITULARITY_CHANGED' after 'ALL_INSTALLATIONS_REVOKED';`);
    this.addSql(`alter type "access_grant_end_reason" add value if not exists 'INSTALLATION_DEACTIVATED' after 'TITULARITY_CHANGED';`);
    this.addSql(`alter type "access_grant_end_reason" add value if not exists 'REPRESENTATIVE_REMOVED' after 'INSTALLATION_DEACTIVATED';`);
    this.addSql(`alter type "access_grant_end_reason" add value if not exists 'PARTNER_ENDED' after 'REPRESENTATIVE_REMOVED';`);
    this.addSql(`alter type "access_grant_end_reason" add value if not exists 'VALIDITY_ENDED' after 'PARTNER_ENDED';`);
    this.addSql(`alter table "access_grant" add "valid_until" timestamptz null, add "validity_reminder_sent_at" timestamptz null;`);
    this.addSql(`create index "access_grant_valid_until_index" on "access_grant" ("valid_until");`);

    this.addSql(`alter type "actor_role" add value if not exists 'CUSTOMER_RECORDS' after 'SYSTEM';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'AUTHORITY_ENDED' after 'PROTOCOL_DOWNLOADED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'VALIDITY_ENDED' after 'AUTHORITY_ENDED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'VALIDITY_CHANGED' after 'VALIDITY_ENDED';`);
    this.addSql(`alter type "access_grant_event_type" add value if not exists 'VALIDITY_REMINDER_SENT' after 'VALIDITY_CHANGED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customer_record_change" cascade;`);

    this.addSql(`drop index "access_grant_valid_until_index";`);
    this.addSql(`alter table "access_grant" drop column "valid_until", drop column "validity_reminder_sent_at";`);

    this.addSql(`alter table "business_partner" drop column "ended_at";`);

    this.addSql(`drop type "customer_record_change_type";`);
  }

}
