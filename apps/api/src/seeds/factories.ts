// Data factories shared by the demo seed and the tests: realistic Brazilian people, companies and
// installations in São Paulo state, with valid generated CPFs/CNPJs.
import { CITY_NAMES, DISTRICTS, STREETS } from './places.ts';
import { randomBytes } from 'node:crypto';
import { generateCnpj, generateCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newCode, newToken } from '../common/tokens.ts';
import { Session } from '../modules/accounts/session.entity.ts';
import { User } from '../modules/accounts/user.entity.ts';
import { hashPassword } from '../modules/accounts/password.ts';
import { BusinessPartner, DocumentKind } from '../modules/customers/business-partner.entity.ts';
import {
  CustomerClass,
  Installation,
  InstallationStatus,
  VoltageGroup,
} from '../modules/customers/installation.entity.ts';
import { PartnerRepresentative } from '../modules/customers/partner-representative.entity.ts';
import { searchTextOf } from '../modules/customers/search-text.ts';
import { titularityCondition } from '../modules/customers/titularity.sql.ts';
import { pgArray } from '../db/sql.ts';
import { AccessGrantInstallation } from '../modules/grants/access-grant-installation.entity.ts';
import { AccessGrant, AccessGrantStatus } from '../modules/grants/access-grant.entity.ts';
import { billBarcode } from '../modules/billing/bill-issuer.ts';
import {
  DUE_DAYS,
  addDays,
  dayOfMonth,
  daysBetween,
  dueDateFor,
  monthStart,
  toUtc,
} from '../modules/billing/bill-calendar.ts';
import { billAmountCentavos } from '../modules/billing/tariff.ts';
import { todayInBrazil } from '@delega/shared/billing';
import { INVITE_TTL_HOURS_DEFAULT, PERMISSION_TERMS_VERSION } from '@delega/shared/invites';
import { insertBillHistories } from './bills.ts';

export const DEMO_PASSWORD = 'Delega#2026';

/** Re-exported for callers that imported it from here before it moved to the customers module. */
export { searchTextOf };

const FIRST_NAMES = [
  'Ana',
  'Beatriz',
  'Camila',
  'Daniela',
  'Fernanda',
  'Gabriela',
  'Juliana',
  'Larissa',
  'Mariana',
  'Patrícia',
  'João',
  'Pedro',
  'Lucas',
  'Gabriel',
  'Rafael',
  'Bruno',
  'Carlos',
  'Eduardo',
  'Felipe',
  'Gustavo',
  'Antônio',
  'José',
];
const SURNAMES = [
  'Silva',
  'Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
  'Costa',
  'Ribeiro',
  'Martins',
  'Carvalho',
  'Araújo',
  'Melo',
  'Barbosa',
  'Cardoso',
  'Nascimento',
  'Conceição',
];

/** Deterministic pseudo-random numbers (mulberry32), so seeds and tests are reproducible. */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

export interface Factories {
  rng: () => number;
  personName(): string;
  /**
   * An account. It comes with titularity proven for every partner its CPF is on record for (now or
   * later, through these factories), unless `titularityProven: false` (then it must confirm it).
   */
  user(
    overrides?: Partial<Pick<User, 'fullName' | 'cpf' | 'email' | 'emailVerifiedAt'>> & {
      password?: string;
      titularityProven?: boolean;
    },
  ): Promise<User>;
  /** A session for `user`; returns the bearer token. */
  session(user: User): Promise<string>;
  businessPartner(
    overrides?: Partial<
      Pick<BusinessPartner, 'number' | 'name' | 'document' | 'documentKind' | 'contactEmail' | 'customerCode'>
    >,
  ): Promise<BusinessPartner>;
  representative(partner: BusinessPartner, cpf: string, contactEmail?: string | null): Promise<void>;
  /** Inserts `count` installations in bulk; `inactiveEvery: n` makes every n-th one inactive. */
  installations(
    partner: BusinessPartner,
    count: number,
    opts?: { inactiveEvery?: number; customerClass?: CustomerClass; numberPrefix?: string },
  ): Promise<Installation[]>;
  /** A grant in any state, without going through the service (for protocol and query tests). */
  grant(opts: {
    titular: User;
    partner: BusinessPartner;
    installations: Installation[];
    invitee?: User;
    inviteeData?: { fullName: string; cpf: string; email: string };
    status?: AccessGrantStatus;
  }): Promise<{ grant: AccessGrant; inviteToken: string }>;
  /** The installation's bills and readings from `billHistory` (24 months ending today by default). */
  bills(installation: Installation, opts?: { today?: string; months?: number }): Promise<BillFigures[]>;
}

let installationCounter = 0;

export function createFactories(em: EntityManager, seed = Date.now()): Factories {
  const rng = seededRng(seed);
  const unique = () => randomBytes(4).toString('hex');
  const personName = () => `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)} ${pick(rng, SURNAMES)}`;
  // Accounts made with titularityProven: false; every other one gets a SEED proof for its partners.
  const unproven = new Set<string>();
  const proveMatching = async (where: { userId?: string; partnerId?: string }) => {
    await em.execute(
      `insert into titularity_proof (id, user_id, business_partner_id, method)
       select gen_random_uuid(), u.id, bp.id, 'SEED' from app_user u
         join business_partner bp on ${titularityCondition('bp', 'u.cpf')}
        where (?::uuid is null or u.id = ?::uuid) and (?::uuid is null or bp.id = ?::uuid)
          and not (u.id = any(?::uuid[]))
       on conflict (user_id, business_partner_id) do nothing`,
      [
        where.userId ?? null,
        where.userId ?? null,
        where.partnerId ?? null,
        where.partnerId ?? null,
        pgArray([...unproven]),
      ],
    );
  };

  return {
    rng,
    personName,
    async user(overrides = {}) {
      const fullName = overrides.fullName ?? personName();
      const user = em.create(User, {
        fullName,
        cpf: overrides.cpf ?? generateCpf(rng),
        email:
          overrides.email ??
          `${unique()}.${fullName.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@exemplo.com.br`,
        passwordHash: await hashPassword(overrides.password ?? DEMO_PASSWORD),
        emailVerifiedAt: overrides.emailVerifiedAt === undefined ? new Date() : overrides.emailVerifiedAt,
      });
      await em.persist(user).flush();
      if (overrides.titularityProven === false) unproven.add(user.id);
      else await proveMatching({ userId: user.id });
      return user;
    },
    async session(user) {
      const token = newToken();
      em.create(Session, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
      await em.flush();
      return token;
    },
    async businessPartner(overrides = {}) {
      const partner = await insertBusinessPartner(em, { rng, personName, unique }, overrides);
      await proveMatching({ partnerId: partner.id });
      return partner;
    },
    async representative(partner, cpf, contactEmail) {
      em.create(PartnerRepresentative, {
        businessPartner: partner,
        cpf,
        contactEmail: contactEmail === undefined ? `rep.${unique()}@exemplo.com.br` : contactEmail,
      });
      await em.flush();
      await proveMatching({ partnerId: partner.id });
    },
    installations: (partner, count, opts = {}) => insertInstallations(em, rng, partner, count, opts),
    grant: (opts) => insertGrant(em, { rng, personName, unique }, opts),
    async bills(installation, opts = {}) {
      const bills = billHistory(installation, { today: opts.today ?? todayInBrazil(), months: opts.months });
      await em.flush();
      await insertBillHistories(em, [{ installationId: installation.id, bills }]);
      return bills;
    },
  };
}

/** Factories.businessPartner without the proofs: a CPF or CNPJ partner with generated fields. */
async function insertBusinessPartner(
  em: EntityManager,
  gen: { rng: () => number; personName: () => string; unique: () => string },
  overrides: Parameters<Factories['businessPartner']>[0] = {},
): Promise<BusinessPartner> {
  const { rng, personName, unique } = gen;
  const kind =
    overrides.documentKind ?? (overrides.document?.length === 14 ? DocumentKind.CNPJ : DocumentKind.CPF);
  const partner = em.create(BusinessPartner, {
    number: overrides.number ?? String(Math.floor(rng() * 9e9 + 1e9)),
    name:
      overrides.name ?? (kind === DocumentKind.CNPJ ? `${pick(rng, SURNAMES)} Comércio Ltda.` : personName()),
    document: overrides.document ?? (kind === DocumentKind.CNPJ ? generateCnpj({}, rng) : generateCpf(rng)),
    documentKind: kind,
    contactEmail:
      overrides.contactEmail === undefined ? `contato.${unique()}@exemplo.com.br` : overrides.contactEmail,
    customerCode:
      overrides.customerCode === undefined ? String(Math.floor(rng() * 9e9 + 1e9)) : overrides.customerCode,
  });
  await em.persist(partner).flush();
  return partner;
}

/** Factories.installations: `count` rows numbered from a prefix, flushed in batches of 2,000. */
async function insertInstallations(
  em: EntityManager,
  rng: () => number,
  partner: BusinessPartner,
  count: number,
  opts: Parameters<Factories['installations']>[2] = {},
): Promise<Installation[]> {
  const prefix = opts.numberPrefix ?? String(Math.floor(rng() * 900) + 100);
  const rows: Installation[] = [];
  for (let i = 0; i < count; i++) {
    const n = ++installationCounter;
    const street = pick(rng, STREETS);
    const streetNumber = String(Math.floor(rng() * 3000) + 1);
    const district = pick(rng, DISTRICTS);
    const city = pick(rng, CITY_NAMES);
    const number = `${prefix}${String(n).padStart(7, '0')}`.slice(-10);
    const inst = em.create(Installation, {
      number,
      businessPartner: partner,
      street,
      streetNumber,
      district,
      city,
      state: 'SP',
      postalCode: String(13000000 + Math.floor(rng() * 999999)).padStart(8, '0'),
      status:
        opts.inactiveEvery && (i + 1) % opts.inactiveEvery === 0
          ? InstallationStatus.INACTIVE
          : InstallationStatus.ACTIVE,
      customerClass: opts.customerClass ?? CustomerClass.RESIDENTIAL,
      voltageGroup: VoltageGroup.LOW_VOLTAGE,
      searchText: searchTextOf([number, street, streetNumber, district, city, 'SP']),
    });
    rows.push(inst);
    if (rows.length % 2000 === 0) await em.flush();
  }
  await em.flush();
  return rows;
}

/** Factories.grant: a grant row in any state, written directly (no command, no effects). */
async function insertGrant(
  em: EntityManager,
  gen: { rng: () => number; personName: () => string; unique: () => string },
  opts: Parameters<Factories['grant']>[0],
): Promise<{ grant: AccessGrant; inviteToken: string }> {
  const { rng, personName, unique } = gen;
  const token = newToken();
  const status = opts.status ?? AccessGrantStatus.INVITED;
  const seq = await em.execute<{ n: string }[]>(`select nextval('access_grant_protocol_seq') as n`);
  const invitee = opts.inviteeData ?? {
    fullName: opts.invitee?.fullName ?? personName(),
    cpf: opts.invitee?.cpf ?? generateCpf(rng),
    email: opts.invitee?.email ?? `${unique()}@exemplo.com.br`,
  };
  const grant = em.create(AccessGrant, {
    protocolNumber: `${new Date().getFullYear()}-${String(seq[0]!.n).padStart(6, '0')}`,
    verificationCode: newCode(20),
    titular: opts.titular,
    businessPartner: opts.partner,
    inviteeFullName: invitee.fullName,
    inviteeCpf: invitee.cpf,
    inviteeEmail: invitee.email,
    invitee:
      status === AccessGrantStatus.ACCEPTED || status === AccessGrantStatus.REVOKED
        ? (opts.invitee ?? null)
        : null,
    status,
    inviteTokenHash: hashToken(token),
    inviteExpiresAt: new Date(Date.now() + INVITE_TTL_HOURS_DEFAULT * 3600_000),
    installationCount: opts.installations.length,
    titularTermsVersion: PERMISSION_TERMS_VERSION,
    acceptedAt: status === AccessGrantStatus.ACCEPTED ? new Date() : null,
  });
  for (const installation of opts.installations) em.create(AccessGrantInstallation, { grant, installation });
  await em.flush();
  return { grant, inviteToken: token };
}

// ───────────────────────────── bills and readings ─────────────────────────────

/** One month of an installation: its reading and the bill charging it (oldest first in a history). */
export interface BillFigures {
  /** `YYYY-MM-01`. */
  referenceMonth: string;
  /** The previous reading's date. */
  readingStart: string;
  /** This month's reading date. */
  readingEnd: string;
  /** The register after this reading (kWh, cumulative). */
  meterValue: number;
  consumptionKwh: number;
  amountCentavos: number;
  dueDate: string;
  issuedAt: Date;
  paidAt: Date | null;
  barcode: string;
}

/** Monthly kWh by class: a base drawn per installation, a yearly cosine peaking in `peak`, noise. */
const CONSUMPTION: Record<
  CustomerClass,
  { base: [number, number]; clamp: [number, number]; seasonality: number; peak: number; noise: number }
> = {
  // Summer air conditioning and fans (peak January).
  [CustomerClass.RESIDENTIAL]: { base: [95, 380], clamp: [80, 600], seasonality: 0.18, peak: 1, noise: 0.08 },
  [CustomerClass.COMMERCIAL]: {
    base: [450, 2400],
    clamp: [250, 4500],
    seasonality: 0.12,
    peak: 2,
    noise: 0.06,
  },
  [CustomerClass.INDUSTRIAL]: {
    base: [1500, 6000],
    clamp: [800, 9000],
    seasonality: 0.05,
    peak: 3,
    noise: 0.05,
  },
  // Irrigation in the dry season (peak August).
  [CustomerClass.RURAL]: { base: [150, 850], clamp: [80, 1500], seasonality: 0.22, peak: 8, noise: 0.1 },
};

/** FNV-1a: a stable 32-bit seed from a string. */
function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `YYYY-MM-DD` at `hour`:`minute` Brazil time (UTC−3, no daylight saving since 2019). */
const brazilTime = (date: string, hour: number, minute: number) =>
  new Date(toUtc(date) + (hour + 3) * 3_600_000 + minute * 60_000);

/**
 * Deterministic bills of an installation: `months` monthly readings ending 1–6 days before `today`,
 * figures keyed by installation number and month (the same month always has the same kWh). The
 * newest bill is unpaid (em aberto); about a third of installations leave the one before unpaid too
 * (vencida or em aberto, by its due date), a few an older one (vencida); the rest are paid, most
 * before the due date. Status itself is never stored: it is derived from paidAt and the due date.
 */
export function billHistory(
  installation: { number: string; customerClass: CustomerClass },
  opts: { today: string; months?: number },
): BillFigures[] {
  const months = opts.months ?? 24;
  const profile = seededRng(hashSeed(`profile:${installation.number}`));
  const c = CONSUMPTION[installation.customerClass];
  const base = c.base[0] + (c.base[1] - c.base[0]) * profile() ** 1.4;
  const lastReading = addDays(opts.today, -(1 + Math.floor(profile() * 6)));
  const readingDay = Number(lastReading.slice(8, 10));
  const dueDay = DUE_DAYS[Math.floor(profile() * DUE_DAYS.length)]!;
  const secondUnpaid = profile() < 0.35;
  const olderUnpaid = profile() < 0.06 ? 2 + Math.floor(profile() * 4) : -1;
  const latePayer = profile() < 0.1;
  let meter = 10_000 + Math.floor(profile() * 70_000);

  const readings = Array.from({ length: months + 1 }, (_, k) =>
    dayOfMonth(monthStart(lastReading, k - months), readingDay),
  );
  const out: BillFigures[] = [];
  for (let k = 1; k <= months; k++) {
    const [start, end] = [readings[k - 1]!, readings[k]!];
    const referenceMonth = monthStart(end);
    const noise = seededRng(hashSeed(`${installation.number}:${referenceMonth}`));
    const month = Number(referenceMonth.slice(5, 7));
    const season = 1 + c.seasonality * Math.cos((2 * Math.PI * (month - c.peak)) / 12);
    const raw = ((base * season * (1 + c.noise * (2 * noise() - 1))) / 30) * daysBetween(start, end);
    const consumptionKwh = Math.min(c.clamp[1], Math.max(c.clamp[0], Math.round(raw)));
    meter += consumptionKwh;
    const amountCentavos = billAmountCentavos(installation.customerClass, referenceMonth, consumptionKwh);
    const dueDate = dueDateFor(end, dueDay);
    const fromNewest = months - k;
    const unpaid = fromNewest === 0 || (fromNewest === 1 && secondUnpaid) || fromNewest === olderUnpaid;
    let paidAt: Date | null = null;
    if (!unpaid) {
      const offset = latePayer ? 1 + Math.floor(noise() * 9) : -Math.floor(noise() * 11);
      let day = addDays(dueDate, offset);
      if (day > addDays(opts.today, -1)) day = addDays(opts.today, -1);
      if (day <= end) day = addDays(end, 1);
      paidAt = brazilTime(day, 8 + Math.floor(noise() * 13), Math.floor(noise() * 60));
    }
    out.push({
      referenceMonth,
      readingStart: start,
      readingEnd: end,
      meterValue: meter,
      consumptionKwh,
      amountCentavos,
      dueDate,
      issuedAt: brazilTime(addDays(end, 1), 6, 0),
      paidAt,
      barcode: billBarcode({
        amountCentavos,
        dueDate,
        installationNumber: installation.number,
        referenceMonth,
      }),
    });
  }
  return out;
}
