// Fast bulk installations for scale tests and benchmarks: one INSERT … SELECT generate_series.
import { CITY_NAMES, DISTRICTS, STREETS } from './places.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../modules/accounts/user.entity.ts';
import { type BusinessPartner, DocumentKind } from '../modules/customers/business-partner.entity.ts';
import { pgArrayLiteral } from '../modules/customers/sql.ts';
import { normalizeSearchText } from '../modules/customers/search-text.ts';
import type { Factories } from './factories.ts';

/**
 * Inserts `count` installations for a partner, numbered `firstNumber`, `firstNumber + step`, … (10 digits),
 * with varied São Paulo state addresses and a consistent `search_text`. 50,000 rows take about a second.
 */
export async function insertBulkInstallations(
  em: EntityManager,
  partnerId: string,
  opts: { count: number; firstNumber: number; step?: number; inactiveEvery?: number },
): Promise<void> {
  const arr = (values: readonly string[]) => pgArrayLiteral(values);
  await em.execute(
    `insert into installation (id, number, business_partner_id, street, street_number, district, city, state,
                               postal_code, status, customer_class, voltage_group, search_text)
     select gen_random_uuid(), n, ?, st[1 + (g * 7) % cardinality(st)], (10 + (g * 37) % 2900)::text,
            di[1 + (g * 3) % cardinality(di)], ci[1 + (g * 5) % cardinality(ci)], 'SP',
            lpad((13010000 + (g * 13) % 989999)::text, 8, '0'),
            case when ? > 0 and g % ? = 0 then 'INACTIVE' else 'ACTIVE' end::installation_status,
            'COMMERCIAL', 'LOW_VOLTAGE',
            concat_ws(' ', n, stn[1 + (g * 7) % cardinality(st)], (10 + (g * 37) % 2900)::text,
                      din[1 + (g * 3) % cardinality(di)], cin[1 + (g * 5) % cardinality(ci)], 'sp')
       from generate_series(1, ?) g,
            lateral (select lpad((?::bigint + (g - 1) * ?)::text, 10, '0') as n) num,
            (select ?::text[] as st, ?::text[] as stn, ?::text[] as di, ?::text[] as din, ?::text[] as ci, ?::text[] as cin) a`,
    [
      partnerId,
      opts.inactiveEvery ?? 0,
      opts.inactiveEvery ?? 1,
      opts.count,
      opts.firstNumber,
      opts.step ?? 1,
      arr(STREETS),
      arr(STREETS.map(normalizeSearchText)),
      arr(DISTRICTS),
      arr(DISTRICTS.map(normalizeSearchText)),
      arr(CITY_NAMES),
      arr(CITY_NAMES.map(normalizeSearchText)),
    ],
  );
}

/**
 * The scale customer base of the scale test and the installations benchmark: a user who represents a
 * company with 50,000 installations (numbers 5000000001, 5000000003, …; every 25th inactive), owns
 * `ownInstallations` installations of their own, and 300 other companies with 100 installations each
 * whose numbers interleave with the big one's, as in a real customer base. Ends with `vacuum analyze`.
 */
export async function seedScaleCustomerBase(
  em: EntityManager,
  f: Factories,
  opts: { ownInstallations: number },
): Promise<{ user: User; big: BusinessPartner }> {
  const user = await f.user();
  const big = await f.businessPartner({
    name: 'Torres Paulistas Telecomunicações Ltda.',
    documentKind: DocumentKind.CNPJ,
  });
  await f.representative(big, user.cpf);
  const own = await f.businessPartner({ document: user.cpf, documentKind: DocumentKind.CPF });
  await f.installations(own, opts.ownInstallations, { numberPrefix: '100' });
  await insertBulkInstallations(em, big.id, {
    count: 50_000,
    firstNumber: 5_000_000_001,
    step: 2,
    inactiveEvery: 25,
  });
  for (let p = 0; p < 300; p++) {
    const other = await f.businessPartner({ documentKind: DocumentKind.CNPJ });
    await insertBulkInstallations(em, other.id, {
      count: 100,
      firstNumber: 5_000_000_002 + p * 200,
      step: 2,
    });
  }
  await em.execute('vacuum analyze installation');
  return { user, big };
}

/** One installation as stored (property names of the entity; `businessPartner` is the partner id). */
export interface InstallationRow {
  id: string;
  number: string;
  businessPartner: string;
  street: string;
  streetNumber: string;
  complement: string | null;
  district: string;
  city: string;
  state: string;
  postalCode: string;
  status: string;
  customerClass: string;
  voltageGroup: string;
  searchText: string;
}

const COLUMNS: Array<[keyof InstallationRow, string, string]> = [
  ['id', 'id', 'uuid'],
  ['number', 'number', 'text'],
  ['businessPartner', 'business_partner_id', 'uuid'],
  ['street', 'street', 'text'],
  ['streetNumber', 'street_number', 'text'],
  ['complement', 'complement', 'text'],
  ['district', 'district', 'text'],
  ['city', 'city', 'text'],
  ['state', 'state', 'text'],
  ['postalCode', 'postal_code', 'text'],
  ['status', 'status', 'installation_status'],
  ['customerClass', 'customer_class', 'customer_class'],
  ['voltageGroup', 'voltage_group', 'voltage_group'],
  ['searchText', 'search_text', 'text'],
];

/**
 * Inserts rows with one `INSERT … SELECT unnest(…)` per 5,000 rows: one array parameter per column,
 * about 20× faster than an ORM multi-row insert.
 */
export async function insertInstallationRows(
  em: EntityManager,
  rows: readonly InstallationRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    const arrays = COLUMNS.map(
      ([key]) =>
        // NULL in a PostgreSQL array literal is the unquoted word; every other value is quoted.
        `{${chunk.map((r) => (r[key] == null ? 'NULL' : pgArrayLiteral([String(r[key])]).slice(1, -1))).join(',')}}`,
    );
    await em.execute(
      `insert into installation (${COLUMNS.map(([, col]) => col).join(', ')})
       select * from unnest(${COLUMNS.map(([, , type]) => `?::${type}[]`).join(', ')})`,
      arrays,
    );
  }
}
