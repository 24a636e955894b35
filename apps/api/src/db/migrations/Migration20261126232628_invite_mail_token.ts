import { Migration } from '@mikro-orm/migrations';

export class Migration20261126232628_invite_mail_token extends Migration {

  override name = 'Migration20261126232628_invite_mail_token';

  override up(): void | Promise<void> {
    this.addSql(`alter table "access_grant" add "invite_mail_token_hash" varchar(64) null;`);
    this.addSql(`alter table "access_grant" add constraint "access_grant_invite_mail_token_hash_unique" unique ("invite_mail_token_hash");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "access_grant" drop constraint "access_grant_invite_mail_token_hash_unique";`);
    this.addSql(`alter table "access_grant" drop column "invite_mail_token_hash";`);
  }

}
