import { Migration } from '@mikro-orm/migrations';

export class Migration20261201115434_mail_possible_duplicate extends Migration {

  override name = 'Migration20261201115434_mail_possible_duplicate';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mail_message" add "possible_duplicate" boolean not null default false, add "duplicate_of_attempt" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mail_message" drop column "possible_duplicate", drop column "duplicate_of_attempt";`);
  }

}
