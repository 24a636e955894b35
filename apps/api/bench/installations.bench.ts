// Installation pages on a partner with 50,000 installations (plus 30,000 of 300 other partners,
// numbers interleaved): p50/p95 of the service's SQL (page + totalCount) and of the whole GraphQL
// request over HTTP, for the first page, a deep page, address search and number prefix.
import { createApp } from '../src/app/app.ts';
import { createLogger } from '../src/common/logger.ts';
import { loadConfig } from '../src/config/config.ts';
import { initOrm, migrate } from '../src/db/database.ts';
import { encodeCursor, type InstallationPageRequest } from '../src/modules/customers/customers.service.ts';
import { InstallationStatus } from '../src/modules/customers/installation.entity.ts';
import { seedScaleCustomerBase } from '../src/seeds/bulk.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { withBenchDatabase } from './postgres.ts';
import { measure } from './stats.ts';

const RUNS = { warmup: 20, iterations: 200 };

const PAGE = `query ($bp: ID, $search: String, $status: InstallationStatus, $first: Int, $after: String) {
  installations(businessPartnerId: $bp, search: $search, status: $status, first: $first, after: $after) {
    totalCount
    edges { cursor node { id number street streetNumber district city state status businessPartner { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export default async function installationsBench(): Promise<void> {
  await withBenchDatabase('delega_bench', async (url) => {
    const orm = await initOrm(url, { poolMax: 10 });
    await migrate(orm);

    const setup = performance.now();
    const em = orm.em.fork();
    const f = createFactories(em, 1);
    const { user, big } = await seedScaleCustomerBase(em, f, { ownInstallations: 4 });
    const token = await f.session(user);
    console.log(
      `setup: 80,004 installations (50,000 on one partner) in ${Math.round(performance.now() - setup)} ms`,
    );

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      WORKERS_ENABLED: 'false',
    });
    const app = await createApp(config, createLogger('silent'), orm, url);
    const port = await app.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const customers = app.services.customers;

    const deep = encodeCursor(String(5_000_000_001 + 2 * 40_000));
    const scenarios: Array<[string, InstallationPageRequest]> = [
      ['first page (50)', { businessPartnerId: big.id, first: 50 }],
      ['first page (200)', { businessPartnerId: big.id, first: 200 }],
      ['deep page (after #40,000)', { businessPartnerId: big.id, first: 50, after: deep }],
      ['search "conceicao"', { businessPartnerId: big.id, search: 'conceicao', first: 50 }],
      [
        'search "conceição", deep',
        { businessPartnerId: big.id, search: 'conceição', first: 50, after: deep },
      ],
      ['search number prefix', { businessPartnerId: big.id, search: '500004', first: 50 }],
      ['status INACTIVE', { businessPartnerId: big.id, status: InstallationStatus.INACTIVE, first: 50 }],
      ['all partners, deep', { first: 50, after: deep }],
    ];

    const rows: Array<Record<string, string>> = [];
    for (const [name, req] of scenarios) {
      const pageOnly = await measure(() => customers.listInstallations(orm.em.fork(), user.id, req), RUNS);
      const sql = await measure(async () => {
        const fork = orm.em.fork();
        const page = await customers.listInstallations(fork, user.id, req);
        await customers.countInstallations(fork, page.scope);
      }, RUNS);
      const http = await measure(async () => {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: PAGE,
            variables: {
              bp: req.businessPartnerId,
              search: req.search,
              status: req.status,
              first: req.first,
              after: req.after,
            },
          }),
        });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      }, RUNS);
      rows.push({
        scenario: name,
        'page p50 ms': pageOnly.p50.toFixed(2),
        'page p95 ms': pageOnly.p95.toFixed(2),
        '+count p50 ms': sql.p50.toFixed(2),
        '+count p95 ms': sql.p95.toFixed(2),
        'HTTP p50 ms': http.p50.toFixed(2),
        'HTTP p95 ms': http.p95.toFixed(2),
      });
    }
    console.log(
      `${RUNS.iterations} runs each after ${RUNS.warmup} warm-up runs. page = listInstallations (ownership check, page query, ` +
        `entity mapping); +count = page and totalCount; HTTP = the whole GraphQL request with totalCount and businessPartner.`,
    );
    console.table(rows);

    const numbers = Array.from({ length: 10_000 }, (_, i) => String(5_000_000_001 + 2 * i * 5));
    const check = await measure(
      () => customers.checkInstallations(orm.em.fork(), user.id, big.id, numbers),
      RUNS,
    );
    const classify = await measure(
      () => customers.classifyInstallations(orm.em.fork(), big.id, numbers),
      RUNS,
    );
    console.log(
      `checkInstallations, 10,000 numbers: p50 ${check.p50.toFixed(1)} ms, p95 ${check.p95.toFixed(1)} ms; ` +
        `classifyInstallations, 10,000 numbers: p50 ${classify.p50.toFixed(1)} ms, p95 ${classify.p95.toFixed(1)} ms`,
    );

    await app.close();
    await orm.close();
  });
}
