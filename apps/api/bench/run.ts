// `pnpm --filter @delega/api bench [--quick] [filters…]`: the API's rows of `pnpm bench`.
// One throw-away embedded PostgreSQL with the large seed (50,000 installations; grants grown to
// three sizes, the main rows at 100,000), the API started as production runs it (src/main.ts in its
// own process, with a probe preloaded) and a bare Apollo Server 5 baseline started beside it.
// Filters (e.g. `access protocol`) run only the benchmarks whose id contains one of them.
import 'reflect-metadata';
import { isQuick, ResultCollector } from '../../../bench/lib/rows.ts';
import { initOrm, migrate } from '../src/db/database.ts';
import { growGrants, seedLargeBase } from '../src/seeds/bulk.ts';
import accessBench, { accessDecomposition, accessGrowth } from './access.bench.ts';
import accountsBench from './accounts.bench.ts';
import billsBench from './bills.bench.ts';
import eventsBench from './events.bench.ts';
import grantingBench from './granting.bench.ts';
import installationsBench from './installations.bench.ts';
import listingBench, { listingGrowth } from './listing.bench.ts';
import { baselineMeter, type BenchContext } from './lib/context.ts';
import { load } from './lib/load.ts';
import { PgObserver } from './lib/pg-observe.ts';
import { createApiKey, startApi, startBareApollo } from './lib/processes.ts';
import { withBenchDatabase } from './postgres.ts';
import protocolBench from './protocol.bench.ts';

const quick = isQuick();
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = (id: string) => filters.length === 0 || filters.some((f) => id.includes(f));
const MAIN_SIZE = 100_000;
const SIZES = quick ? [1_000, 10_000, MAIN_SIZE] : [10_000, MAIN_SIZE, 1_000_000];

const out = new ResultCollector('@delega/api');

/** JIT and connection pools warm before the first figure: the bare server and the API, 2 s each (quick: 1 s). */
async function warmUp(ctx: BenchContext): Promise<void> {
  const hello = () => '{"query":"{ hello }"}';
  const seconds = ctx.quick ? 1 : 2;
  await load({ url: `${ctx.bare.url}/`, body: hello, seconds });
  await load({ url: `${ctx.api.url}/graphql`, body: () => '{"query":"{ __typename }"}', seconds });
}
const t0 = performance.now();
const since = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

await withBenchDatabase('delega_bench', async (url, server) => {
  const orm = await initOrm(url, { poolMax: 4 });
  await migrate(orm);
  const em = orm.em.fork();
  let t = performance.now();
  const seed = await seedLargeBase(em, {
    titulars: 2_000,
    installationsPerTitular: 15,
    bigInstallations: 20_000,
    invitees: 5_000,
    listingSizes: [100, 1_000, 10_000],
    protocolSizes: [1, 100, 1_000, 10_000],
  });
  await growGrants(em, seed, SIZES[0]!);
  out.note(
    'seed',
    `users, partners, 50,060 installations and the first ${SIZES[0]} grants in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  console.log(`[${since()}] seeded`);

  const [api, bare, apiKey, pgo] = await Promise.all([
    startApi(url),
    startBareApollo(),
    createApiKey(url, 'bench-ura'),
    PgObserver.connect(url),
  ]);
  const partial = { quick, seconds: quick ? 2 : 10, bare };
  const ctx: BenchContext = {
    ...partial,
    profile: !quick || process.env.BENCH_PROFILE === '1',
    out,
    api,
    pgo,
    orm,
    databaseUrl: url,
    pgPid: server.pid,
    seed,
    apiKey,
    tokens: new Map(),
    baseline: baselineMeter(partial),
  };
  console.log(`[${since()}] API ${api.url}, bare Apollo ${bare.url}`);
  await warmUp(ctx);
  try {
    for (const size of SIZES) {
      if (size > seed.grants) {
        t = performance.now();
        await growGrants(em, seed, size, { vacuum: !quick });
        out.note(
          `seed.${size}`,
          `grew to ${size.toLocaleString('en-US')} grants in ${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
        console.log(`[${since()}] ${size} grants`);
      }
      if (wanted('listing')) await out.run(`listing growth ${size}`, () => listingGrowth(ctx, size));
      if (size !== MAIN_SIZE) {
        if (wanted('access')) await out.run(`access growth ${size}`, () => accessGrowth(ctx, size));
        continue;
      }
      if (wanted('access')) {
        await out.run('access', async () => {
          const main = await accessBench(ctx);
          await accessGrowth(ctx, size, main);
          if (!quick) await accessDecomposition(ctx);
        });
      }
      if (wanted('listing')) await out.run('listing', () => listingBench(ctx));
      if (wanted('protocol')) await out.run('protocol', () => protocolBench(ctx));
      if (wanted('bills')) await out.run('bills', () => billsBench(ctx));
      if (wanted('granting')) await out.run('granting', () => grantingBench(ctx));
      if (!quick && wanted('installations')) await out.run('installations', () => installationsBench(ctx));
      if (!quick && wanted('accounts')) await out.run('accounts', () => accountsBench(ctx));
      if (wanted('events')) await out.run('events', () => eventsBench(ctx));
      console.log(`[${since()}] main rows done`);
    }
  } finally {
    await Promise.all([api.stop(), bare.stop(), pgo.close()]);
    await orm.close();
  }
}).catch((err: unknown) => {
  out.result.failures.push({
    id: 'setup',
    error: err instanceof Error ? (err.stack ?? err.message) : String(err),
  });
  console.error(err);
});

out.finish();
console.log(`\n@delega/api benchmarks: ${since()}`);
process.exit(out.result.failures.length ? 1 : 0);
