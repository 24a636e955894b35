// Timing side channels of the account operations: an unknown e-mail must cost about what a wrong
// password costs (sign-in), and a duplicate registration about what a new one costs (sign-up), so
// timing reveals no account. Measured at the service, each call from its own client address so rate
// limits stay out of the way. Target: medians within ±25 %.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import 'reflect-metadata';
import { generateCpf } from '@delega/shared/documents';
import { createApp } from '../src/app/app.ts';
import { createLogger } from '../src/common/logger.ts';
import { loadConfig } from '../src/config/config.ts';
import { initOrm, migrate } from '../src/db/database.ts';
import { createFactories, DEMO_PASSWORD, seededRng } from '../src/seeds/factories.ts';
import { withBenchDatabase } from './postgres.ts';
import { percentile } from './stats.ts';

const RUNS = 30;

export default async function accountsBench(): Promise<void> {
  console.log('# Account timing (apps/api/bench/accounts.bench.ts)');
  console.log(
    `cpus: ${os.cpus().length}, load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await withBenchDatabase('bench', async (url) => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      WORKERS_ENABLED: 'false',
    });
    const orm = await initOrm(url, { poolMax: 10 });
    await migrate(orm);
    const app = await createApp(config, createLogger('silent'), orm, url);
    const { accounts } = app.services;
    const f = createFactories(orm.em.fork(), 11);
    const rng = seededRng(12);
    let ipCounter = 0;
    const meta = () => ({
      requestId: 'bench',
      ip: `10.9.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`,
      userAgent: null,
    });
    const time = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn().catch(() => {});
      return performance.now() - t;
    };

    // Sign-in failures: wrong password on existing accounts vs unknown e-mails, interleaved.
    const users: Array<{ email: string }> = [];
    for (let i = 0; i < RUNS; i++) users.push(await f.user());
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      known.push(
        await time(() =>
          accounts.signIn(orm.em.fork(), { email: users[i]!.email, password: 'Outra senha 123' }, meta()),
        ),
      );
      unknown.push(
        await time(() =>
          accounts.signIn(
            orm.em.fork(),
            { email: `ninguem${i}@exemplo.com.br`, password: 'Outra senha 123' },
            meta(),
          ),
        ),
      );
    }

    // Sign-up: a new person vs someone registering an existing e-mail, interleaved.
    const fresh: number[] = [];
    const duplicate: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const input = (email: string) => ({
        fullName: 'Ana Beatriz Souza',
        cpf: generateCpf(rng),
        email,
        password: DEMO_PASSWORD,
      });
      fresh.push(await time(() => accounts.signUp(orm.em.fork(), input(`nova${i}@exemplo.com.br`), meta())));
      duplicate.push(await time(() => accounts.signUp(orm.em.fork(), input(users[i]!.email), meta())));
    }

    const line = (label: string, a: number[], b: number[], names: [string, string]) => {
      const [ma, mb] = [percentile(a, 50), percentile(b, 50)];
      const ratio = mb / ma;
      const verdict = ratio >= 0.75 && ratio <= 1.25 ? 'PASS' : 'MISS';
      console.log(
        `${verdict}  ${label}: ${names[0]} p50 ${ma.toFixed(1)} ms (p95 ${percentile(a, 95).toFixed(1)}), ${names[1]} p50 ${mb.toFixed(1)} ms (p95 ${percentile(b, 95).toFixed(1)}); ratio ${ratio.toFixed(2)} (target 0.75–1.25)`,
      );
    };
    line(`signIn failure, ${RUNS} each`, known, unknown, ['wrong password', 'unknown e-mail']);
    line(`signUp, ${RUNS} each`, fresh, duplicate, ['new account', 'existing e-mail']);

    await app.close();
    await orm.close();
  });
}
