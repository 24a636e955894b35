// Timing side channels of the account operations, over HTTP: an unknown e-mail must cost about what
// a wrong password costs (sign-in), and a duplicate registration about what a new one costs
// (sign-up), so timing reveals no account. Each call from its own client address (X-Forwarded-For;
// the API trusts the proxy here) so the per-IP limits stay out of the way. Target: medians ±25 %.
import { generateCpf } from '@delega/shared/documents';
import { seededRng } from '../src/seeds/factories.ts';
import type { BenchContext } from './lib/context.ts';
import { percentile } from './stats.ts';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }';

export default async function accountsBench(ctx: BenchContext): Promise<void> {
  const runs = ctx.quick ? 10 : 30;
  let ip = 0;
  const time = async (query: string, input: Record<string, unknown>) => {
    const n = ++ip;
    const t = performance.now();
    await fetch(`${ctx.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.88.${(n >> 8) & 255}.${n & 255}`,
      },
      body: JSON.stringify({ query, variables: { input } }),
    }).then((r) => r.arrayBuffer());
    return performance.now() - t;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A different existing account each time: the per-account failure limit stays out of the way.
    known.push(await time(SIGN_IN, { email: ctx.seed.titular(500 + i).email, password: 'Outra senha 123' }));
    unknown.push(await time(SIGN_IN, { email: `ninguem${i}@bench.delega.dev`, password: 'Outra senha 123' }));
  }
  const rng = seededRng(12);
  const fresh: number[] = [];
  const duplicate: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = (email: string) => ({
      fullName: 'Ana Beatriz Souza',
      cpf: generateCpf(rng),
      email,
      password: 'Delega#2026',
    });
    fresh.push(await time(SIGN_UP, input(`nova${i}@bench.delega.dev`)));
    duplicate.push(await time(SIGN_UP, input(ctx.seed.titular(600 + i).email)));
  }
  const row = (id: string, workload: string, base: number[], other: number[], names: [string, string]) => {
    const [b, v] = [percentile(base, 50), percentile(other, 50)];
    ctx.out.add({
      id,
      group: 'accounts (timing side channels)',
      workload,
      baseline: b,
      baselineWorkload: `${names[0]}, p50 of ${runs}`,
      value: v,
      unit: 'ms',
      target: '0.75–1.25× (timing reveals no account)',
      met: v / b >= 0.75 && v / b <= 1.25,
      detail: `${names[1]} p50; p95 ${percentile(base, 95).toFixed(0)} vs ${percentile(other, 95).toFixed(0)} ms`,
    });
  };
  row('api.accounts.sign-in', 'signIn with an unknown e-mail vs a wrong password', known, unknown, [
    'wrong password',
    'unknown e-mail',
  ]);
  row('api.accounts.sign-up', 'signUp with an existing e-mail vs a new account', fresh, duplicate, [
    'new account',
    'existing e-mail',
  ]);
}
