import { Migration } from '@mikro-orm/migrations';

// E-mail bodies are sealed at rest (AES-256-GCM, key id per row) and dropped once delivered; rows
// are deleted after retention (index on created_at). Bodies already in the table are not carried
// over: an undelivered old message fails with "body no longer stored".
export class Migration20261201093127_mail_sealed extends Migration {

  override name = 'Migration20261201093127_mail_sealed';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mail_message" drop column "subject", drop column "html", drop column "text", drop column "links";`);
    this.addSql(`alter table "mail_message" add column "sealed" text null, add column "key_id" varchar(20) null;`);
    this.addSql(`create index "mail_message_created_at_index" on "mail_message" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "mail_message_created_at_index";`);
    this.addSql(`alter table "mail_message" drop column "sealed", drop column "key_id";`);
    this.addSql(`alter table "mail_message" add column "subject" varchar(300) not null default '', add column "html" text not null default '', add column "text" text not null default '', add column "links" jsonb not null default '[]';`);
  }

}
