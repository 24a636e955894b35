import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const PASSWORD = 'Delega#2026';
export const artifacts = path.resolve(import.meta.dirname, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export const portalUrl = () => inject('portalUrl');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

let fileBrowser: Browser | null = null;

/** One Chromium per test file, launched before its tests and closed after: call it at the file's top. */
export function useBrowser(): void {
  beforeAll(async () => {
    fileBrowser = await launch();
  });
  afterAll(async () => {
    await fileBrowser?.close();
    fileBrowser = null;
  });
}

/** A fresh visitor (no cookies) in the file's browser, in Portuguese and São Paulo time. */
export async function newContext(
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  if (!fileBrowser) throw new Error('call useBrowser() at the top of the test file');
  const context = await fileBrowser.newContext({
    baseURL: portalUrl(),
    viewport,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    acceptDownloads: true,
    ...options,
  });
  context.setDefaultTimeout(20_000);
  await slowDownScripts(context);
  return context;
}

/** The product's database, for what no page can set up (an expired invite, a partner on record). */
export function useDatabase() {
  let pool: pg.Pool | null = null;
  afterAll(async () => {
    await pool?.end();
  });
  return <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]) => {
    pool ??= new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
    return pool.query<R>(text, values);
  };
}

/**
 * E2E_SLOW_SCRIPTS_MS=800 delays every script the portal loads, as on a phone on a weak signal (or a
 * loaded CI machine): a test that acts before a client-side navigation finished fails at once here
 * instead of now and then in CI.
 */
async function slowDownScripts(context: BrowserContext): Promise<void> {
  const delay = Number(process.env.E2E_SLOW_SCRIPTS_MS ?? 0);
  if (!(delay > 0)) return;
  await context.route(/\/_app\/.*\.js(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
}

/** Loads `url` and waits until the page is hydrated (a field typed into before that runs no validation). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'hydrated' in document.documentElement.dataset);
}

export async function signIn(page: Page, email: string, password = PASSWORD, next = '/'): Promise<void> {
  await open(page, `/entrar?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Senha/).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/entrar'));
}

/** Fails the test with a readable list when axe-core finds WCAG 2.2 A/AA violations. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .disableRules(['region'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  sentAt: string | null;
  status: string;
}

/** Waits for an e-mail in the development mailbox (GET /dev/mailbox JSON through the portal). */
export async function waitForMail(
  to: string,
  match: (m: MailboxMessage) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<MailboxMessage> {
  const deadline = Date.now() + timeoutMs;
  let last: MailboxMessage[] = [];
  while (Date.now() < deadline) {
    const res = await fetch(`${portalUrl()}/dev/mailbox`, { headers: { accept: 'application/json' } });
    if (res.ok) {
      const body = (await res.json()) as { messages: MailboxMessage[] };
      last = body.messages;
      const found = body.messages.find((m) => m.to.toLowerCase().includes(to.toLowerCase()) && match(m));
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `no e-mail to ${to} within ${timeoutMs}ms; mailbox has: ${last.map((m) => `${m.to}: ${m.subject}`).join(' | ')}`,
  );
}

export function linkTo(message: MailboxMessage, pathPart: string): string {
  const link = message.links.find((l) => l.includes(pathPart));
  if (!link) throw new Error(`no link with ${pathPart} in "${message.subject}": ${message.links.join(', ')}`);
  return link;
}

let counter = 0;
/** A unique e-mail for accounts a test creates. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@exemplo.com.br`;
}

/**
 * Runs the wizard's first screen from /conceder-acesso (profile, partner and ciência are one screen):
 * Baixa tensão, the partner whose name contains `partnerName`, the consent box, Próximo.
 */
export async function wizardToInstallations(page: Page, partnerName: string | RegExp): Promise<void> {
  await open(page, '/conceder-acesso');
  await expect.poll(() => page.getByRole('heading', { name: 'Selecione seu perfil' }).isVisible()).toBe(true);
  await page.getByLabel(/Baixa tensão/).check();
  await page.getByRole('radio', { name: partnerName }).check();
  await page
    .getByLabel('Estou ciente que minha permissão dá acesso aos serviços ao Parceiro de Negócio solicitado.')
    .check();
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Selecione sua instalação' }).isVisible())
    .toBe(true);
}

/** The wizard's "N instalações selecionadas" bar. */
export async function selectedText(page: Page): Promise<string> {
  return (await page.locator('.selection-bar').textContent()) ?? '';
}

export async function fillInvitee(
  page: Page,
  invitee: { fullName: string; cpf: string; email: string },
): Promise<void> {
  await page.getByLabel('Nome completo').fill(invitee.fullName);
  await page.getByLabel('CPF').fill(invitee.cpf);
  await page.getByLabel('E-mail').fill(invitee.email);
  await page.getByLabel(/Eu concordo com os termos de aceite/).check();
}

/** A GraphQL call through the portal's /graphql proxy, as another team's client would make it. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${portalUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function apiToken(email: string, password = PASSWORD): Promise<string> {
  const data = await gql<{ signIn: { token: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password } },
  );
  return data.signIn.token;
}

/** Invites someone straight through the API (for tests about the invite page, not the wizard). */
export async function inviteByApi(
  titularEmail: string,
  partnerNumber: string,
  installationNumbers: string[],
  invitee: { fullName: string; cpf: string; email: string },
): Promise<{ grantId: string; inviteUrl: string }> {
  const token = await apiToken(titularEmail);
  const { businessPartners } = await gql<{ businessPartners: { id: string; number: string }[] }>(
    '{ businessPartners { id number } }',
    {},
    token,
  );
  const partner = businessPartners.find((p) => p.number === partnerNumber);
  if (!partner) throw new Error(`partner ${partnerNumber} not found`);
  const data = await gql<{ grantAccess: { inviteUrl: string; grant: { id: string } } }>(
    `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { inviteUrl grant { id } } }`,
    {
      input: {
        businessPartnerId: partner.id,
        installationNumbers,
        invitee,
        acknowledgePartnerConsent: true,
        acceptTerms: true,
        idempotencyKey: crypto.randomUUID(),
      },
    },
    token,
  );
  return { grantId: data.grantAccess.grant.id, inviteUrl: data.grantAccess.inviteUrl };
}
