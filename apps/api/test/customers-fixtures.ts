// The customers world of customers.test.ts and customers-checks.test.ts: a titular with their own
// partner (4 installations), a 2,500-installation company and an alphanumeric-CNPJ company they
// represent, a stranger with a partner of their own, and an account without partners.
import { generateCpf } from '@delega/shared/documents';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import { DocumentKind } from '../src/modules/customers/business-partner.entity.ts';
import {
  CustomerClass,
  Installation,
  InstallationStatus,
} from '../src/modules/customers/installation.entity.ts';
import { searchTextOf } from '../src/modules/customers/search-text.ts';
import { createFactories } from '../src/seeds/factories.ts';
import type { TestApi } from './harness.ts';

export const ownNumbers = ['3000000001', '3000000002', '3000000003', '3000000004'];

export interface CustomersWorld {
  titular: User;
  titularToken: string;
  strangerToken: string;
  emptyToken: string;
  own: BusinessPartner;
  company: BusinessPartner;
  alnum: BusinessPartner;
  strangerPartner: BusinessPartner;
  companyNumbers: string[];
  strangerNumbers: string[];
}

export async function createCustomersWorld(api: TestApi): Promise<CustomersWorld> {
  const em = api.orm.em.fork();
  const f = createFactories(em, 42);
  const titular = await f.user({ fullName: 'Mariana Conceição Alves' });
  const titularToken = await f.session(titular);
  const stranger = await f.user();
  const strangerToken = await f.session(stranger);
  const emptyToken = await f.session(await f.user());

  const own = await f.businessPartner({
    name: titular.fullName,
    document: titular.cpf,
    documentKind: DocumentKind.CPF,
  });
  const addresses = [
    { street: 'Rua Conceição', district: 'Cambuí', city: 'Campinas', status: InstallationStatus.ACTIVE },
    {
      street: 'Avenida Brasil',
      district: 'Centro',
      city: 'São José do Rio Preto',
      status: InstallationStatus.ACTIVE,
    },
    { street: 'Rua Tiradentes', district: 'Embaré', city: 'Santos', status: InstallationStatus.ACTIVE },
    {
      street: 'Rua José Paulino',
      district: 'Centro',
      city: 'Piracicaba',
      status: InstallationStatus.INACTIVE,
    },
  ];
  addresses.forEach((a, i) => {
    const number = ownNumbers[i]!;
    em.create(Installation, {
      number,
      businessPartner: own,
      street: a.street,
      streetNumber: String(100 + i),
      district: a.district,
      city: a.city,
      state: 'SP',
      postalCode: '13010050',
      status: a.status,
      customerClass: CustomerClass.RESIDENTIAL,
      searchText: searchTextOf([number, a.street, String(100 + i), a.district, a.city, 'SP']),
    });
  });
  await em.flush();

  const company = await f.businessPartner({
    name: 'Torres Paulistas Telecomunicações Ltda.',
    documentKind: DocumentKind.CNPJ,
  });
  await f.representative(company, titular.cpf);
  const companyNumbers = (await f.installations(company, 2500, { inactiveEvery: 25, numberPrefix: '310' }))
    .map((i) => i.number)
    .sort();

  const alnum = await f.businessPartner({
    name: 'Alves & Ribeiro Tecnologia S.A.',
    document: '12ABC34501DE35',
  });
  await f.representative(alnum, titular.cpf);
  await f.installations(alnum, 6, { numberPrefix: '320' });

  const strangerPartner = await f.businessPartner({ document: stranger.cpf, documentKind: DocumentKind.CPF });
  const strangerNumbers = (await f.installations(strangerPartner, 3, { numberPrefix: '330' })).map(
    (i) => i.number,
  );
  // Someone else represents a company with the same name: never visible to the titular.
  const other = await f.businessPartner({ documentKind: DocumentKind.CNPJ });
  await f.representative(other, generateCpf());
  return {
    titular,
    titularToken,
    strangerToken,
    emptyToken,
    own,
    company,
    alnum,
    strangerPartner,
    companyNumbers,
    strangerNumbers,
  };
}

/** Counts the SQL statements MikroORM sends while `fn` runs (every statement passes `onQuery`). */
export async function countStatements<T>(
  orm: MikroORM,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  orm.config.set('onQuery', (sql: string) => {
    statements.push(sql);
    return sql;
  });
  try {
    return { result: await fn(), statements };
  } finally {
    orm.config.set('onQuery', (sql: string) => sql);
  }
}
