import { Migration } from '@mikro-orm/migrations';

export class Migration20261201115344_protocol_document extends Migration {

  override name = 'Migration20261201115344_protocol_document';

  override up(): void | Promise<void> {
    this.addSql(`create table "protocol_document" ("grant_id" uuid not null, "fingerprint" text not null, "pdf" bytea not null, "rendered_at" timestamptz not null, primary key ("grant_id"));`);

    this.addSql(`alter table "protocol_document" add constraint "protocol_document_grant_id_foreign" foreign key ("grant_id") references "access_grant" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "protocol_document" cascade;`);
  }

}
