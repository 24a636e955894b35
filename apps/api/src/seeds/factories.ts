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
import { AccessGrantInstallation } from '../modules/grants/access-grant-installation.entity.ts';
import { AccessGrant, AccessGrantStatus } from '../modules/grants/access-grant.entity.ts';

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
  user(
    overrides?: Partial<Pick<User, 'fullName' | 'cpf' | 'email' | 'emailVerifiedAt'>> & { password?: string },
  ): Promise<User>;
  /** A session for `user`; returns the bearer token. */
  session(user: User): Promise<string>;
  businessPartner(
    overrides?: Partial<Pick<BusinessPartner, 'number' | 'name' | 'document' | 'documentKind'>>,
  ): Promise<BusinessPartner>;
  representative(partner: BusinessPartner, cpf: string): Promise<void>;
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
}

let installationCounter = 0;

export function createFactories(em: EntityManager, seed = Date.now()): Factories {
  const rng = seededRng(seed);
  const unique = () => randomBytes(4).toString('hex');
  const personName = () => `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)} ${pick(rng, SURNAMES)}`;

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
      return user;
    },
    async session(user) {
      const token = newToken();
      em.create(Session, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
      await em.flush();
      return token;
    },
    async businessPartner(overrides = {}) {
      const kind =
        overrides.documentKind ?? (overrides.document?.length === 14 ? DocumentKind.CNPJ : DocumentKind.CPF);
      const partner = em.create(BusinessPartner, {
        number: overrides.number ?? String(Math.floor(rng() * 9e9 + 1e9)),
        name:
          overrides.name ??
          (kind === DocumentKind.CNPJ ? `${pick(rng, SURNAMES)} Comércio Ltda.` : personName()),
        document:
          overrides.document ?? (kind === DocumentKind.CNPJ ? generateCnpj({}, rng) : generateCpf(rng)),
        documentKind: kind,
      });
      await em.persist(partner).flush();
      return partner;
    },
    async representative(partner, cpf) {
      em.create(PartnerRepresentative, { businessPartner: partner, cpf });
      await em.flush();
    },
    async installations(partner, count, opts = {}) {
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
    },
    async grant(opts) {
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
        inviteExpiresAt: new Date(Date.now() + 12 * 3600_000),
        installationCount: opts.installations.length,
        titularTermsVersion: '2026-07',
        acceptedAt: status === AccessGrantStatus.ACCEPTED ? new Date() : null,
      });
      for (const installation of opts.installations)
        em.create(AccessGrantInstallation, { grant, installation });
      await em.flush();
      return { grant, inviteToken: token };
    },
  };
}
