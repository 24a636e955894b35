import { Migration } from '@mikro-orm/migrations';

export class Migration20261201093610_live_event_xid extends Migration {

  override name = 'Migration20261201093610_live_event_xid';

  override up(): void | Promise<void> {
    this.addSql(`create index "live_event_xid_index" on "live_event" ("xid");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "live_event_xid_index";`);
  }

}
