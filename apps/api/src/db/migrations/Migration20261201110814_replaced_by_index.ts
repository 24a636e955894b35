import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110814_replaced_by_index extends Migration {

  override name = 'Migration20261201110814_replaced_by_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "access_grant_replaces_id_index" on "access_grant" ("replaces_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "access_grant_replaces_id_index";`);
  }

}
