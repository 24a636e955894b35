// Portal rows of `pnpm bench`: gzip JavaScript each route loads on a direct visit (entrar, conceder
// acesso, convite, installation home), and the wizard until the 2,500 installations of the demo
// company are listed. Uses the browser tests' helpers and product (e2e/); writes its rows for the
// root runner (bench/lib/rows.ts). Figures are recorded, never asserted: timings live in benches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, test } from 'vitest';
import { isQuick, ResultCollector } from '../../../bench/lib/rows.ts';
import {
  apiToken,
  gql,
  inviteByApi,
  newContext,
  signIn,
  useBrowser,
  wizardToInstallations,
} from '../e2e/helpers.ts';

const TITULAR = 'titular@delega.dev';
const TELECOM = /Torres Paulistas Telecomunicações/;
const results = new ResultCollector('@delega/portal');
useBrowser();
afterAll(() => {
  results.finish();
});

/**
 * Every JavaScript file a full load of `path` fetches (modulepreloads and imports alike), gzip -9
 * each, as adapter-node's precompress would serve them. The files are static: read again by URL.
 */
async function routeJs(path: string, signedIn: boolean): Promise<{ kb: number; files: string[] }> {
  const context = await newContext();
  const page = await context.newPage();
  if (signedIn) {
    await signIn(page, TITULAR);
    // The page sign-in lands on keeps loading (its lazy parts, the GraphQL client): not this route's.
    await page.waitForLoadState('networkidle');
  }
  const urls = new Set<string>();
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (/\.m?js$/.test(new URL(res.url()).pathname) || type.includes('javascript')) urls.add(res.url());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await context.close();
  let bytes = 0;
  for (const url of urls) {
    const res = await fetch(url);
    bytes += gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  }
  return { kb: bytes / 1024, files: [...urls].map((u) => new URL(u).pathname.split('/').pop()!) };
}

const portalDir = path.resolve(import.meta.dirname, '..');
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/** Vite's manifest of the client build, and what a set of its modules loads with them (static imports). */
function buildManifest() {
  const manifest = JSON.parse(
    readFileSync(path.join(portalDir, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const keys = Object.keys(manifest);
  const byEnd = (end: string) => keys.find((k) => k.endsWith(end))!;
  const closure = (roots: string[], seen = new Set<string>()) => {
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const i of manifest[key]?.imports ?? []) visit(i);
    };
    for (const r of roots) visit(r);
    return seen;
  };
  const kbOf = (modules: Iterable<string>) => {
    const files = new Set([...modules].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js')));
    let kb = 0;
    for (const f of files) kb += gzipKb(path.join(portalDir, 'build/client', f));
    return { kb, files: files.size };
  };
  const entry = byEnd('runtime/client/entry.js');
  const appKey = byEnd('client-optimized/app.js');
  /** What every page loads: the client entry (start, app, SvelteKit's client), root layout and error nodes. */
  const everyPage = [
    entry,
    ...(manifest[entry]!.dynamicImports ?? []),
    appKey,
    byEnd('client-optimized/nodes/0.js'),
    byEnd('client-optimized/nodes/1.js'),
  ];
  return { manifest, keys, byEnd, closure, kbOf, appKey, everyPage };
}

/**
 * The JavaScript a route needs, from the build: the client entry (start, app, and SvelteKit's
 * client, which start imports at once), the root layout and error nodes, the route's layouts and
 * page node, and every static import of those (Vite's manifest), gzip -9 each. Code a page imports
 * later (a wizard step, a dialog, the GraphQL client on the first call) is not counted. Routes map
 * to nodes through the `dictionary` of the built app entry.
 */
function routeBuildJs(routeId: string): { kb: number; files: number; modules: Set<string> } {
  const { manifest, byEnd, closure, kbOf, appKey, everyPage } = buildManifest();
  const app = readFileSync(path.join(portalDir, 'build/client', manifest[appKey]!.file), 'utf8');
  const m = new RegExp(`"${routeId.replace(/[()[\]]/g, '\\$&')}":\\[(-?\\d+)(?:,\\[([\\d,]*)\\])?`).exec(app);
  if (!m) throw new Error(`route ${routeId} not in the built app's dictionary`);
  const leaf = Number(m[1]) < 0 ? ~Number(m[1]) : Number(m[1]);
  const nodes = [...(m[2] ? m[2].split(',').map(Number) : []), leaf];
  const modules = closure([...everyPage, ...nodes.map((n) => byEnd(`client-optimized/nodes/${n}.js`))]);
  return { ...kbOf(modules), modules };
}

/**
 * What a module imported later (`import()`) adds to a page that already loaded `loaded`: its chunk
 * and the static imports it brings that the page does not have yet, gzip -9.
 */
function lazyBuildJs(packagePath: string, loaded: Set<string>): number {
  const { keys, closure, kbOf } = buildManifest();
  const key = keys.find((k) => k.includes(packagePath));
  if (!key) throw new Error(`${packagePath} is not in the client build`);
  const added = [...closure([key])].filter((k) => !loaded.has(k));
  return kbOf(added).kb;
}

async function firstInstallation(token: string): Promise<{ partnerNumber: string; number: string }> {
  const { businessPartners } = await gql<{ businessPartners: { id: string; number: string }[] }>(
    '{ businessPartners { id number } }',
    {},
    token,
  );
  const partner = businessPartners.find((p) => p.number === '1000000001')!;
  const { installations } = await gql<{
    installations: { edges: { node: { number: string; status: string } }[] };
  }>(
    'query($bp: ID) { installations(businessPartnerId: $bp, first: 10) { edges { node { number status } } } }',
    { bp: partner.id },
    token,
  );
  return {
    partnerNumber: partner.number,
    number: installations.edges.find((e) => e.node.status === 'ACTIVE')!.node.number,
  };
}

const listed = (page: Page) =>
  page.getByText(/Página 1 de 125 · 2\.500 instalações/).waitFor({ timeout: 30_000 });

test('portal: JavaScript per route and the wizard with 2,500 installations', async () => {
  await results.run('route JavaScript', async () => {
    const own = await firstInstallation(await apiToken(TITULAR));
    const invite = await inviteByApi(TITULAR, own.partnerNumber, [own.number], {
      fullName: 'Lucas Ferreira Lima',
      cpf: '596.235.233-51',
      email: 'convidado@delega.dev',
    });
    const routes: Array<[string, string, string, string, boolean]> = [
      ['entrar', 'Entrar', '/entrar', '/entrar', false],
      ['conceder-acesso', 'Conceder acesso (wizard)', '/(app)/conceder-acesso', '/conceder-acesso', true],
      ['convite', 'Convite (invite page)', '/convite/[token]', new URL(invite.inviteUrl).pathname, false],
      ['instalacao', 'Home da instalação', '/(app)/instalacoes/[numero]', `/instalacoes/${own.number}`, true],
    ];
    for (const [id, name, routeId, url, signedIn] of routes) {
      const own = routeBuildJs(routeId);
      const urql = lazyBuildJs('/@urql/svelte/', own.modules);
      const seen = await routeJs(url, signedIn);
      results.add({
        id: `portal.js.${id}`,
        group: 'portal',
        workload: `${name}: gzip JS the route needs (${own.files} files of the build)`,
        baseline: null,
        baselineWorkload: null,
        value: own.kb,
        unit: 'KB',
        target: '≤ 60 KB',
        met: own.kb <= 60,
        detail:
          `urql, imported on the first GraphQL call, adds ${urql.toFixed(1)} KB; ` +
          `a direct visit in Chromium fetched ${seen.files.length} JS files, ${seen.kb.toFixed(1)} KB gzip ` +
          `(with code preloaded for linked pages and code loaded after the page ran): ${seen.files.join(' ')}`,
      });
    }
    const { closure, everyPage } = buildManifest();
    const onEveryPage = closure(everyPage);
    const urql = lazyBuildJs('/@urql/svelte/', onEveryPage);
    const ws = lazyBuildJs('/graphql-ws/', onEveryPage);
    results.add({
      id: 'portal.js.urql',
      group: 'portal',
      workload:
        "the GraphQL client (urql via @urql/svelte), imported on a page's first GraphQL call: gzip JS it adds",
      baseline: null,
      baselineWorkload: null,
      value: urql,
      unit: 'KB',
      target: '—',
      met: null,
      detail: `not in any route's figure above; graphql-ws, imported on the first subscription, adds ${ws.toFixed(1)} KB`,
    });
  });

  await results.run('wizard 2,500 installations', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signIn(page, TITULAR);
    await wizardToInstallations(page, TELECOM);
    await listed(page);
    // The installation step from a fresh navigation (its state survives reloads) until page 1 of
    // 125 and the total are on screen.
    const runs = isQuick() ? 3 : 10;
    const times: number[] = [];
    const next: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      await page.reload();
      await listed(page);
      if (i > 0) times.push(performance.now() - t);
      const n = performance.now();
      await page.getByRole('button', { name: 'Próxima' }).click();
      await page.getByText(/Página 2 de 125/).waitFor();
      if (i > 0) next.push(performance.now() - n);
      await page.getByRole('button', { name: 'Anterior' }).click();
      await page.getByText(/Página 1 de 125/).waitFor();
    }
    await context.close();
    const sorted = [...times].sort((a, b) => a - b);
    const p50 = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const nextP50 = [...next].sort((a, b) => a - b)[Math.floor((next.length - 1) / 2)]!;
    results.add({
      id: 'portal.wizard.2500',
      group: 'portal',
      workload:
        'wizard installation step: navigation until the 2,500 installations are listed (page 1 of 125)',
      baseline: null,
      baselineWorkload: null,
      value: p50,
      unit: 'ms',
      target: '≤ 1,000 ms',
      met: p50 <= 1000,
      detail: `p50 of ${runs}, max ${Math.max(...times).toFixed(0)} ms; next page p50 ${nextP50.toFixed(0)} ms`,
    });
  });
});
