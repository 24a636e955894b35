// Demo data: fixed accounts (password DEMO_PASSWORD, e-mails verified), their business partners and
// installations in São Paulo state, each with 24 months of bills and readings. Deterministic: the same
// database every time (bill dates follow the day it runs). Bulk inserts, so the 2,500 installations of
// the demo company and their 60,000 bills take about a second.
import { SP_CITIES, STREETS } from './places.ts';
import { randomUUID } from 'node:crypto';
import { formatCpf, isValidCnpj, isValidCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../modules/accounts/password.ts';
import { User } from '../modules/accounts/user.entity.ts';
import { BusinessPartner, DocumentKind } from '../modules/customers/business-partner.entity.ts';
import { CustomerClass, InstallationStatus, VoltageGroup } from '../modules/customers/installation.entity.ts';
import { PartnerRepresentative } from '../modules/customers/partner-representative.entity.ts';
import { searchTextOf } from '../modules/customers/search-text.ts';
import { titularityCondition } from '../modules/customers/titularity.sql.ts';
import { pgArray } from '../db/sql.ts';
import { insertInstallationRows, type InstallationRow } from './installation-rows.ts';
import { todayInBrazil } from '@delega/shared/billing';
import { insertBillHistories } from './bills.ts';
import { DEMO_CPFS } from './demo-accounts.ts';
import { DEMO_PASSWORD, billHistory, seededRng } from './factories.ts';

export { DEMO_PASSWORD };

export interface DemoAccount {
  email: string;
  fullName: string;
  /** Formatted, e.g. 918.716.881-24. */
  cpf: string;
  /** Digits only, as stored. */
  cpfDigits: string;
  /** What the account is for, in Portuguese (README and browser tests list it). */
  description: string;
}

const TITULAR_CPF = DEMO_CPFS['titular@delega.dev'];
const UNICA_CPF = DEMO_CPFS['unica@delega.dev'];
const CONVIDADO_CPF = DEMO_CPFS['convidado@delega.dev'];

/** The fixed demo accounts, all with password DEMO_PASSWORD and a verified e-mail. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'titular@delega.dev',
    fullName: 'Mariana Conceição Alves',
    cpf: formatCpf(TITULAR_CPF)!,
    cpfDigits: TITULAR_CPF,
    description:
      'Titular com 3 parceiros de negócio: ela mesma (CPF, 4 instalações, 1 inativa), Torres Paulistas Telecomunicações (CNPJ, 2.500 instalações, 100 inativas) e Alves & Ribeiro Tecnologia (CNPJ alfanumérico 12.ABC.345/01DE-35, 6 instalações, 1 inativa).',
  },
  {
    email: 'unica@delega.dev',
    fullName: 'João Pedro Oliveira Santos',
    cpf: formatCpf(UNICA_CPF)!,
    cpfDigits: UNICA_CPF,
    description: 'Titular com exatamente uma instalação (vai direto para a Home da instalação).',
  },
  {
    email: 'convidado@delega.dev',
    fullName: 'Lucas Ferreira Lima',
    cpf: formatCpf(CONVIDADO_CPF)!,
    cpfDigits: CONVIDADO_CPF,
    description: 'Conta sem instalações próprias: use-a como convidado.',
  },
];

/** The demo business partners (for tests and docs). `inactiveEvery: n`: every n-th installation is inactive. */
export const DEMO_PARTNERS = {
  titularSelf: {
    number: '1000000001',
    contactEmail: 'contato.mariana@delega.dev',
    /** Código do cliente printed on its bills. */
    customerCode: '4821936075',
    name: 'Mariana Conceição Alves',
    document: TITULAR_CPF,
    kind: DocumentKind.CPF,
    installations: 4,
    inactive: 1,
  },
  telecom: {
    number: '1000000002',
    contactEmail: 'financeiro@torrespaulistas.delega.dev',
    /** Código do cliente printed on its bills. */
    customerCode: '7306158249',
    name: 'Torres Paulistas Telecomunicações Ltda.',
    document: '70995830000181',
    kind: DocumentKind.CNPJ,
    installations: 2500,
    inactive: 100,
  },
  alphanumeric: {
    number: '1000000003',
    contactEmail: 'contato@alvesribeiro.delega.dev',
    /** Código do cliente printed on its bills. */
    customerCode: '5193827460',
    name: 'Alves & Ribeiro Tecnologia S.A.',
    document: '12ABC34501DE35',
    kind: DocumentKind.CNPJ,
    installations: 6,
    inactive: 1,
  },
  unica: {
    number: '1000000004',
    contactEmail: 'joao.pedro@delega.dev',
    /** Código do cliente printed on its bills. */
    customerCode: '6047215938',
    name: 'João Pedro Oliveira Santos',
    document: UNICA_CPF,
    kind: DocumentKind.CPF,
    installations: 1,
    inactive: 0,
  },
  /** Nobody's demo account: its installations exist but are not the demo users' (NOT_FOUND for them). */
  stranger: {
    number: '1000000005',
    contactEmail: 'contato@paodeouro.delega.dev',
    /** Código do cliente printed on its bills. */
    customerCode: '3958162074',
    name: 'Padaria Pão de Ouro Ltda.',
    document: '28775444000118',
    kind: DocumentKind.CNPJ,
    installations: 3,
    inactive: 0,
  },
} as const;

/** Installation numbers are 10 digits: a 3-digit series per partner, then a 7-digit sequence. */
export function demoInstallationNumber(series: number, seq: number): string {
  return `${series}${String(seq).padStart(7, '0')}`;
}

const COMPLEMENTS = ['Apto 12', 'Apto 41', 'Casa 2', 'Fundos', 'Sala 3', 'Bloco B', 'Loja 1'];

function installationRows(
  rng: () => number,
  partnerId: string,
  series: number,
  count: number,
  opts: {
    inactive: (index: number) => boolean;
    customerClass: (index: number) => CustomerClass;
    /** Fixed addresses for the first installations (the titular's own, to make demos readable). */
    fixed?: Array<{
      street: string;
      streetNumber: string;
      complement?: string;
      district: string;
      city: string;
      cep: string;
    }>;
  },
): InstallationRow[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const rows: InstallationRow[] = [];
  for (let i = 0; i < count; i++) {
    const number = demoInstallationNumber(series, i + 1);
    const fixed = opts.fixed?.[i];
    const city = pick(SP_CITIES);
    const street = fixed?.street ?? pick(STREETS);
    const streetNumber = fixed?.streetNumber ?? String(Math.floor(rng() * 2900) + 10);
    const complement = fixed ? (fixed.complement ?? null) : rng() < 0.15 ? pick(COMPLEMENTS) : null;
    const district = fixed?.district ?? pick(city.districts);
    const cityName = fixed?.city ?? city.name;
    const postalCode =
      fixed?.cep ??
      `${city.cep + Math.floor(rng() * 80)}${String(Math.floor(rng() * 1000)).padStart(3, '0')}`;
    rows.push({
      id: randomUUID(),
      number,
      businessPartner: partnerId,
      street,
      streetNumber,
      complement,
      district,
      city: cityName,
      state: 'SP',
      postalCode,
      status: opts.inactive(i) ? InstallationStatus.INACTIVE : InstallationStatus.ACTIVE,
      customerClass: opts.customerClass(i),
      voltageGroup: VoltageGroup.LOW_VOLTAGE,
      searchText: searchTextOf([number, street, streetNumber, complement, district, cityName, 'SP']),
    });
  }
  return rows;
}

/** Advisory-lock key: two processes starting on one empty database seed it once. */
const SEED_LOCK = 726_100_001;

/**
 * Seeds the demo data when the database has no users (idempotent: later calls do nothing).
 * Returns whether it seeded. `today` (`YYYY-MM-DD`, default today in Brazil) ends the bill histories.
 */
export async function seedIfEmpty(em: EntityManager, opts: { today?: string } = {}): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    if ((await tx.count(User, {})) > 0) return false;
    await seedDemoData(tx, opts.today ?? todayInBrazil());
    return true;
  });
}

type PartnerIds = Record<keyof typeof DEMO_PARTNERS, string>;

async function seedDemoData(em: EntityManager, today: string): Promise<void> {
  const rng = seededRng(20_261_126);
  const now = new Date();
  await insertDemoAccounts(em, now);
  const partnerIds = await insertDemoPartners(em, now);
  const rows = demoInstallationRows(rng, partnerIds);
  await insertInstallationRows(em, rows);
  // 24 months of bills and readings per installation (about 60,000 of each), generated in memory.
  await insertBillHistories(
    em,
    rows.map((r) => ({
      installationId: r.id,
      bills: billHistory({ number: r.number, customerClass: r.customerClass as CustomerClass }, { today }),
    })),
  );
}

async function insertDemoAccounts(em: EntityManager, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    if (!isValidCpf(a.cpfDigits)) throw new Error(`invalid demo CPF for ${a.email}`);
  }
  await em.insertMany(
    User,
    DEMO_ACCOUNTS.map((a) => ({
      id: randomUUID(),
      fullName: a.fullName,
      cpf: a.cpfDigits,
      email: a.email,
      passwordHash,
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

/** The demo partners, the titular's two companies, and the demo accounts' titularity proofs. */
async function insertDemoPartners(em: EntityManager, now: Date): Promise<PartnerIds> {
  const partnerIds: PartnerIds = {
    titularSelf: randomUUID(),
    telecom: randomUUID(),
    alphanumeric: randomUUID(),
    unica: randomUUID(),
    stranger: randomUUID(),
  };
  await em.insertMany(
    BusinessPartner,
    (Object.keys(DEMO_PARTNERS) as Array<keyof typeof DEMO_PARTNERS>).map((key) => {
      const p = DEMO_PARTNERS[key];
      const valid = p.kind === DocumentKind.CPF ? isValidCpf(p.document) : isValidCnpj(p.document);
      if (!valid) throw new Error(`invalid demo document for ${p.name}`);
      return {
        id: partnerIds[key],
        number: p.number,
        name: p.name,
        document: p.document,
        documentKind: p.kind,
        contactEmail: p.contactEmail,
        customerCode: p.customerCode,
        createdAt: now,
      };
    }),
  );
  // The titular represents both companies.
  await em.insertMany(PartnerRepresentative, [
    {
      businessPartner: partnerIds.telecom,
      cpf: TITULAR_CPF,
      contactEmail: 'mariana.alves@torrespaulistas.delega.dev',
    },
    {
      businessPartner: partnerIds.alphanumeric,
      cpf: TITULAR_CPF,
      contactEmail: 'mariana@alvesribeiro.delega.dev',
    },
  ]);
  // The demo accounts come already proven titular of their partners (a SEED proof), so the demo walk
  // needs no code; any other account proves it once per partner.
  await em.execute(
    `insert into titularity_proof (id, user_id, business_partner_id, method)
     select gen_random_uuid(), u.id, bp.id, 'SEED' from app_user u
       join business_partner bp on ${titularityCondition('bp', 'u.cpf')}
      where u.email = any(?::text[])`,
    [pgArray(DEMO_ACCOUNTS.map((a) => a.email))],
  );
  return partnerIds;
}

function demoInstallationRows(rng: () => number, partnerIds: PartnerIds): InstallationRow[] {
  const residential = () => CustomerClass.RESIDENTIAL;
  return [
    ...installationRows(rng, partnerIds.titularSelf, 300, DEMO_PARTNERS.titularSelf.installations, {
      inactive: (i) => i === 3,
      customerClass: (i) =>
        [CustomerClass.RESIDENTIAL, CustomerClass.RESIDENTIAL, CustomerClass.RURAL, CustomerClass.COMMERCIAL][
          i
        ]!,
      fixed: [
        {
          street: 'Rua Conceição',
          streetNumber: '233',
          complement: 'Apto 82',
          district: 'Cambuí',
          city: 'Campinas',
          cep: '13010050',
        },
        {
          street: 'Avenida Bartolomeu de Gusmão',
          streetNumber: '118',
          district: 'Embaré',
          city: 'Santos',
          cep: '11045400',
        },
        {
          street: 'Estrada Municipal do Pinhalzinho',
          streetNumber: 'Km 4',
          district: 'Zona Rural',
          city: 'Piracicaba',
          cep: '13420899',
        },
        {
          street: 'Rua José Paulino',
          streetNumber: '1540',
          complement: 'Loja 2',
          district: 'Centro',
          city: 'Campinas',
          cep: '13013001',
        },
      ],
    }),
    ...installationRows(rng, partnerIds.telecom, 310, DEMO_PARTNERS.telecom.installations, {
      inactive: (i) => (i + 1) % 25 === 0,
      customerClass: (i) => (i % 10 === 9 ? CustomerClass.RURAL : CustomerClass.COMMERCIAL),
    }),
    ...installationRows(rng, partnerIds.alphanumeric, 320, DEMO_PARTNERS.alphanumeric.installations, {
      inactive: (i) => i === 5,
      customerClass: (i) => (i < 2 ? CustomerClass.INDUSTRIAL : CustomerClass.COMMERCIAL),
    }),
    ...installationRows(rng, partnerIds.unica, 330, DEMO_PARTNERS.unica.installations, {
      inactive: () => false,
      customerClass: residential,
      fixed: [
        {
          street: 'Rua São Sebastião',
          streetNumber: '1250',
          complement: 'Casa 2',
          district: 'Centro',
          city: 'Ribeirão Preto',
          cep: '14015040',
        },
      ],
    }),
    ...installationRows(rng, partnerIds.stranger, 340, DEMO_PARTNERS.stranger.installations, {
      inactive: () => false,
      customerClass: () => CustomerClass.COMMERCIAL,
    }),
  ];
}
