// Fast bulk data for scale tests and benchmarks: INSERT … SELECT generate_series (or unnest), one
// statement per table or chunk, never one per row. Ends with the large grant base of `pnpm bench`.
import { createHash } from 'node:crypto';
import { CITY_NAMES, DISTRICTS, STREETS } from './places.ts';
import { generateCnpj, generateCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../modules/accounts/password.ts';
import type { User } from '../modules/accounts/user.entity.ts';
import { type BusinessPartner, DocumentKind } from '../modules/customers/business-partner.entity.ts';
import { pgArray } from '../db/sql.ts';
import { normalizeSearchText } from '../modules/customers/search-text.ts';
import { DEMO_PASSWORD, seededRng, type Factories } from './factories.ts';

/**
 * Inserts `count` installations for a partner, numbered `firstNumber`, `firstNumber + step`, … (10 digits),
 * with varied São Paulo state addresses and a consistent `search_text`. 50,000 rows take about a second.
 */
export async function insertBulkInstallations(
  em: EntityManager,
  partnerId: string,
  opts: { count: number; firstNumber: number; step?: number; inactiveEvery?: number },
): Promise<void> {
  const arr = (values: readonly string[]) => pgArray(values);
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

// ───────────────────────── the large grant base (pnpm bench) ─────────────────────────
// Every row is addressed by an index: ids are md5(prefix || index)::uuid, so grants, their
// installations and events are inserted without reading anything back. Users: titulars [0, T),
// invitees [T, T+V), the main titular T+V, the listing titulars after it. Partners: one per titular
// [0, T), the big company T (represented by the main titular), one per listing titular after it.

export interface LargeSeedOptions {
  /** Titulars with a partner of their own (CPF) and `installationsPerTitular` installations each. */
  titulars: number;
  installationsPerTitular: number;
  /** Installations of the big company of the main titular (protocols and the 10,000 grant). */
  bigInstallations: number;
  /** Invitee accounts; generic grants go to them round-robin (accepted ones carry the account). */
  invitees: number;
  /** One extra titular per size, with exactly that many grants given (listing growth). */
  listingSizes: number[];
  /** Accepted grants of the main titular on the big company, one per installation count. */
  protocolSizes: number[];
}

export interface BenchUser {
  id: string;
  email: string;
  cpf: string;
}

export interface LargeSeed {
  opts: LargeSeedOptions;
  /** Generic grants inserted so far (ids 1…grants). */
  grants: number;
  /** CPFs of the invitee accounts, by invitee index. */
  inviteeCpfs: string[];
  main: BenchUser;
  bigPartnerId: string;
  titular(i: number): BenchUser & { partnerId: string; installationNumbers: string[] };
  invitee(v: number): BenchUser;
  listing: Array<BenchUser & { grants: number }>;
  protocol: Array<{ installations: number; grantId: string }>;
  /** Number of the m-th installation of the big company. */
  bigNumber(m: number): string;
}

/** The uuid PostgreSQL's md5(text)::uuid gives. */
export function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const int = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  return String(n);
};
const INSTALLATION_BASE = 6_000_000_000;
const LISTING_INSTALLATIONS = 20;
const LISTING_GRANT_BASE = 10_000_000;
const PROTOCOL_GRANT_BASE = 20_000_000;

/** A grant's status from its index: 70 % accepted, 15 % open invites, then revoked, declined, expired. */
const MIXED_STATUS = `(case when g % 20 < 14 then 'ACCEPTED' when g % 20 < 17 then 'INVITED'
  when g % 20 = 17 then 'REVOKED' when g % 20 = 18 then 'DECLINED' else 'EXPIRED' end)`;

interface GrantRange {
  from: number;
  to: number;
  /** SQL expressions of `g` (and `r`, the installation's rank in the grant, for `installation`). */
  titular: string;
  partner: string;
  count: string;
  installation: string;
  maxCount: number;
  status: string;
}

/** The users, partners and 50,000-odd installations of the large base; grants come with growGrants. */
export async function seedLargeBase(em: EntityManager, opts: LargeSeedOptions): Promise<LargeSeed> {
  const { titulars: T, invitees: V, installationsPerTitular: K } = opts;
  const L = opts.listingSizes.length;
  const rng = seededRng(2026);
  const seen = new Set<string>();
  const cpfs: string[] = [];
  while (cpfs.length < T + V + 1 + L) {
    const c = generateCpf(rng);
    if (seen.has(c)) continue;
    seen.add(c);
    cpfs.push(c);
  }
  const names = personNames();
  const nameOf = (i: string) =>
    `(fn[1 + (${i}) % cardinality(fn)] || ' ' || sn[1 + ((${i}) / 7) % cardinality(sn)] || ' ' || sn[1 + ((${i}) / 3) % cardinality(sn)])`;
  const emailOf = (i: string) =>
    `(case when ${i} < ${T} then 'titular' || ${i} when ${i} < ${T + V} then 'convidado' || (${i} - ${T})
      when ${i} = ${T + V} then 'principal' else 'lista' || (${i} - ${T + V + 1}) end || '@bench.delega.dev')`;
  const arrays = `(select ?::text[] as fn, ?::text[] as sn, ?::text[] as cpf) a`;
  const arrayParams = [pgArray(names.first), pgArray(names.last), pgArray(cpfs)];
  await em.execute(
    `insert into app_user (id, full_name, cpf, email, password_hash, email_verified_at)
     select md5('bu' || i)::uuid, ${nameOf('i')}, cpf[1 + i], ${emailOf('i')}, ?, now()
       from generate_series(0, ${int(T + V + L)}) i, ${arrays}`,
    [await hashPassword(DEMO_PASSWORD), ...arrayParams],
  );
  const owner = (p: string) => `(case when ${p} < ${T} then ${p} else ${p} - ${T + 1} + ${T + V + 1} end)`;
  await em.execute(
    `insert into business_partner (id, number, name, document, document_kind)
     select md5('bp' || p)::uuid, (7000000000 + p)::text,
            case when p = ${T} then 'Torres Paulistas Telecomunicações Ltda.' else ${nameOf(owner('p'))} end,
            case when p = ${T} then ? else cpf[1 + ${owner('p')}] end,
            (case when p = ${T} then 'CNPJ' else 'CPF' end)::document_kind
       from generate_series(0, ${int(T + L)}) p, ${arrays}`,
    [generateCnpj({}, rng), ...arrayParams],
  );
  await em.execute(
    `insert into partner_representative (business_partner_id, cpf) values (md5('bp' || ${T})::uuid, ?)`,
    [cpfs[T + V]!],
  );
  // Every titular has proved titularity of its partner (accounts act as titular only with a proof).
  await em.execute(
    `insert into titularity_proof (id, user_id, business_partner_id, method)
     select gen_random_uuid(), md5('bu' || ${owner('p')})::uuid, md5('bp' || p)::uuid, 'SEED'
       from generate_series(0, ${int(T + L)}) p`,
  );
  const TK = T * K;
  const big = opts.bigInstallations;
  await insertIndexedInstallations(
    em,
    TK + big + L * LISTING_INSTALLATIONS,
    `(case when j < ${TK} then j % ${T} when j < ${TK + big} then ${T}
       else ${T + 1} + (j - ${TK + big}) / ${LISTING_INSTALLATIONS} end)`,
  );
  const user = (i: number): BenchUser => ({ id: md5Uuid(`bu${i}`), email: '', cpf: cpfs[i]! });
  const seed: LargeSeed = {
    opts,
    grants: 0,
    inviteeCpfs: cpfs.slice(T, T + V),
    main: { ...user(T + V), email: 'principal@bench.delega.dev' },
    bigPartnerId: md5Uuid(`bp${T}`),
    titular: (i) => ({
      ...user(i),
      email: `titular${i}@bench.delega.dev`,
      partnerId: md5Uuid(`bp${i}`),
      installationNumbers: Array.from({ length: K }, (_, m) => String(INSTALLATION_BASE + i + T * m)),
    }),
    invitee: (v) => ({ ...user(T + v), email: `convidado${v}@bench.delega.dev` }),
    listing: opts.listingSizes.map((grants, l) => ({
      ...user(T + V + 1 + l),
      email: `lista${l}@bench.delega.dev`,
      grants,
    })),
    protocol: opts.protocolSizes.map((n, s) => ({
      installations: n,
      grantId: md5Uuid(`bg${PROTOCOL_GRANT_BASE + s}`),
    })),
    bigNumber: (m) => String(INSTALLATION_BASE + TK + m),
  };
  await seedFixedGrants(em, seed);
  return seed;
}

/** Installations 0…count-1 numbered 6000000000 + j, with the partner index given by `partnerOf(j)`. */
async function insertIndexedInstallations(em: EntityManager, count: number, partnerOf: string) {
  const arr = (values: readonly string[]) => pgArray(values);
  await em.execute(
    `insert into installation (id, number, business_partner_id, street, street_number, district, city, state,
                               postal_code, status, customer_class, voltage_group, search_text)
     select md5('bi' || j)::uuid, n, md5('bp' || ${partnerOf})::uuid, st[1 + (j * 7) % cardinality(st)],
            (10 + (j * 37) % 2900)::text, di[1 + (j * 3) % cardinality(di)], ci[1 + (j * 5) % cardinality(ci)],
            'SP', lpad((13010000 + (j * 13) % 989999)::text, 8, '0'), 'ACTIVE', 'RESIDENTIAL', 'LOW_VOLTAGE',
            concat_ws(' ', n, stn[1 + (j * 7) % cardinality(st)], (10 + (j * 37) % 2900)::text,
                      din[1 + (j * 3) % cardinality(di)], cin[1 + (j * 5) % cardinality(ci)], 'sp')
       from generate_series(0, ${int(count - 1)}) j,
            lateral (select (${INSTALLATION_BASE}::bigint + j)::text as n) num,
            (select ?::text[] as st, ?::text[] as stn, ?::text[] as di, ?::text[] as din, ?::text[] as ci, ?::text[] as cin) a`,
    [
      arr(STREETS),
      arr(STREETS.map(normalizeSearchText)),
      arr(DISTRICTS),
      arr(DISTRICTS.map(normalizeSearchText)),
      arr(CITY_NAMES),
      arr(CITY_NAMES.map(normalizeSearchText)),
    ],
  );
}

/** The listing titulars' grants and the main titular's protocol grants (sizes fixed by the options). */
async function seedFixedGrants(em: EntityManager, seed: LargeSeed) {
  const { titulars: T, invitees: V, installationsPerTitular: K, bigInstallations } = seed.opts;
  const listingInstallations = T * K + bigInstallations;
  for (const [l, size] of seed.opts.listingSizes.entries()) {
    const from = LISTING_GRANT_BASE + l * 100_000;
    await insertGrants(em, seed, {
      from,
      to: from + size,
      titular: String(T + V + 1 + l),
      partner: String(T + 1 + l),
      count: '(1 + g % 3)',
      installation: `${listingInstallations + l * LISTING_INSTALLATIONS} + (g + r) % ${LISTING_INSTALLATIONS}`,
      maxCount: 3,
      status: MIXED_STATUS,
    });
  }
  for (const [s, n] of seed.opts.protocolSizes.entries()) {
    await insertGrants(em, seed, {
      from: PROTOCOL_GRANT_BASE + s,
      to: PROTOCOL_GRANT_BASE + s + 1,
      titular: String(T + V),
      partner: String(T),
      count: int(n),
      installation: `${T * K} + r`,
      maxCount: n,
      status: `'ACCEPTED'`,
    });
  }
}

/**
 * Adds generic grants up to `total` (ids seed.grants+1 … total), 100,000 per statement: titular
 * i = g mod T on their own partner, 1–3 of its installations, invitee (g·7919) mod V, mixed statuses,
 * with their CREATED and answer events. Ends with VACUUM ANALYZE (ANALYZE only with `vacuum: false`).
 */
export async function growGrants(
  em: EntityManager,
  seed: LargeSeed,
  total: number,
  opts: { vacuum?: boolean } = {},
): Promise<void> {
  const { titulars: T, installationsPerTitular: K } = seed.opts;
  for (let from = seed.grants + 1; from <= total; from += 100_000) {
    await insertGrants(em, seed, {
      from,
      to: Math.min(total + 1, from + 100_000),
      titular: `g % ${T}`,
      partner: `g % ${T}`,
      count: '(1 + g % 3)',
      installation: `g % ${T} + ${T} * ((g / ${T} + r) % ${K})`,
      maxCount: 3,
      status: MIXED_STATUS,
    });
  }
  seed.grants = Math.max(seed.grants, total);
  const tables = 'access_grant, access_grant_installation, access_grant_event';
  await em.execute(opts.vacuum === false ? `analyze ${tables}` : `vacuum analyze ${tables}`);
}

async function insertGrants(em: EntityManager, seed: LargeSeed, x: GrantRange): Promise<void> {
  const { titulars: T, invitees: V } = seed.opts;
  const names = personNames();
  const from = `generate_series(${int(x.from)}, ${int(x.to - 1)}) g,
    lateral (select ((g::bigint * 7919) % ${V})::int as v, timestamptz '2025-01-01' + (g % 2000000) * interval '15 seconds' as c,
                    ${x.status} as st, ${x.count} as k) q`;
  const answered = `st in ('ACCEPTED', 'REVOKED')`;
  const v = `(${T} + v)`;
  await em.execute(
    `insert into access_grant (id, protocol_number, verification_code, titular_id, business_partner_id,
       invitee_full_name, invitee_cpf, invitee_email, invitee_id, status, invite_expires_at, installation_count,
       titular_terms_version, invitee_permission_terms_version, invitee_platform_terms_version, created_at,
       accepted_at, ended_at, end_reason)
     select md5('bg' || g)::uuid, '2026-' || regexp_replace(lpad(nextval('access_grant_protocol_seq')::text, 12, '0'), '^0{1,6}', ''),
            upper(substr(md5('bv' || g || random()::text), 1, 20)),
            md5('bu' || (${x.titular}))::uuid, md5('bp' || (${x.partner}))::uuid,
            fn[1 + ${v} % cardinality(fn)] || ' ' || sn[1 + (${v} / 7) % cardinality(sn)] || ' ' || sn[1 + (${v} / 3) % cardinality(sn)],
            cpf[1 + v], 'convidado' || v || '@bench.delega.dev',
            case when ${answered} then md5('bu' || ${v})::uuid end, st::access_grant_status,
            case when st = 'INVITED' then now() + interval '12 hours' else c + interval '12 hours' end,
            k, '2026-07', case when ${answered} then '2026-07' end, case when ${answered} then '2026-03' end,
            c, case when ${answered} then c + interval '1 hour' end,
            case when st in ('REVOKED', 'DECLINED', 'EXPIRED') then c + interval '2 hours' end,
            (case st when 'REVOKED' then 'REVOKED_BY_TITULAR' when 'DECLINED' then 'DECLINED_BY_INVITEE'
                     when 'EXPIRED' then 'INVITE_EXPIRED' end)::access_grant_end_reason
       from ${from}, (select ?::text[] as fn, ?::text[] as sn, ?::text[] as cpf) a`,
    [pgArray(names.first), pgArray(names.last), pgArray(seed.inviteeCpfs)],
  );
  await em.execute(
    `insert into access_grant_installation (grant_id, installation_id, revoked_at)
     select md5('bg' || g)::uuid, md5('bi' || (${x.installation}))::uuid,
            case when st = 'REVOKED' then c + interval '2 hours' end
       from ${from}, generate_series(0, ${int(x.maxCount - 1)}) r where r < k`,
  );
  await em.execute(
    `insert into access_grant_event (grant_id, type, actor_role, actor_id, at, data)
     select md5('bg' || g)::uuid, e.type::access_grant_event_type, e.role::actor_role,
            case e.role when 'TITULAR' then md5('bu' || (${x.titular}))::uuid
                        when 'INVITEE' then md5('bu' || ${v})::uuid end, e.at, e.data
       from ${from},
            lateral (values ('CREATED', 'TITULAR', c, jsonb_build_object('installationCount', k)),
                            (case st when 'REVOKED' then 'REVOKED' else st end,
                             case st when 'REVOKED' then 'TITULAR' when 'EXPIRED' then 'SYSTEM' else 'INVITEE' end,
                             c + interval '1 hour', null::jsonb)) e(type, role, at, data)
      where e.type <> 'INVITED'`,
  );
}

function personNames(): { first: string[]; last: string[] } {
  return {
    first: ['Ana', 'Beatriz', 'Camila', 'Daniela', 'João', 'Pedro', 'Lucas', 'Rafael', 'José', 'Antônio'],
    last: [
      'Silva',
      'Santos',
      'Oliveira',
      'Souza',
      'Ferreira',
      'Alves',
      'Lima',
      'Costa',
      'Araújo',
      'Conceição',
    ],
  };
}
