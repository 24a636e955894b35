import { Migration } from '@mikro-orm/migrations';

export class Migration20261201090030_bills extends Migration {

  override name = 'Migration20261201090030_bills';

  override up(): void | Promise<void> {
    this.addSql(`create table "bill" ("id" uuid not null, "installation_id" uuid not null, "reference_month" date not null, "reading_start" date not null, "reading_end" date not null, "consumption_kwh" int not null, "amount_centavos" int not null, "due_date" date not null, "paid_at" timestamptz null, "barcode" char(44) not null, "issued_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "bill" add constraint "bill_installation_id_reference_month_unique" unique ("installation_id", "reference_month");`);

    this.addSql(`create table "meter_reading" ("id" uuid not null, "installation_id" uuid not null, "reference_month" date not null, "reading_date" date not null, "meter_value" int not null, "consumption_kwh" int not null, primary key ("id"));`);
    this.addSql(`alter table "meter_reading" add constraint "meter_reading_installation_id_reference_month_unique" unique ("installation_id", "reference_month");`);

    this.addSql(`alter table "bill" add constraint "bill_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on delete cascade;`);
    this.addSql(`alter table "bill" add constraint "bill_barcode_check" check (barcode ~ '^8[0-9]{43}\$');`);
    this.addSql(`alter table "bill" add constraint "bill_figures_check" check (consumption_kwh >= 0 and amount_centavos >= 0);`);
    this.addSql(`alter table "bill" add constraint "bill_reading_period_check" check (reading_end > reading_start);`);

    this.addSql(`alter table "meter_reading" add constraint "meter_reading_installation_id_foreign" foreign key ("installation_id") references "installation" ("id") on delete cascade;`);
    this.addSql(`alter table "meter_reading" add constraint "meter_reading_values_check" check (meter_value >= 0 and consumption_kwh >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "bill" cascade;`);
    this.addSql(`drop table if exists "meter_reading" cascade;`);
  }

}
