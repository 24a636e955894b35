// Helpers for the accounts tests: distinct client addresses, the outbox, valid sign-up data.
import { randomBytes } from 'node:crypto';
import { generateCpf } from '@delega/shared/documents';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { RateLimitPolicy } from '../src/modules/rate-limit/rate-limit.service.ts';
import type { GqlResult, TestApi } from './harness.ts';
import { outboxRows } from './mail-outbox.ts';

export const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email message } }`;
export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id fullName cpf email emailVerified } } }`;
export const ME = `{ me { id fullName cpf email emailVerified } }`;
export const STRONG_PASSWORD = 'Luz acesa na varanda';

let ipCounter = 0;

/** A fresh client address (the API runs with TRUST_PROXY, so X-Forwarded-For is believed). */
export function newIp(): string {
  ipCounter++;
  return `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

/** GraphQL calls from one client address, optionally with a session token. */
export function from(api: TestApi, ip = newIp()) {
  return <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
    api.gql<T>(query, variables, { token, headers: { 'x-forwarded-for': ip } });
}

export function newPerson(
  overrides: Partial<{ fullName: string; cpf: string; email: string; password: string }> = {},
) {
  const tag = randomBytes(4).toString('hex');
  return {
    fullName: 'Maria Aparecida Souza',
    cpf: generateCpf(),
    email: `maria.${tag}@exemplo.com.br`,
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

/** Signs up a new person (from a fresh client address); the sign-up data, password included. */
export async function registered(api: TestApi, overrides: Parameters<typeof newPerson>[0] = {}) {
  const person = newPerson(overrides);
  const r = await from(api)(SIGN_UP, { input: person });
  expect(r.errors).toBeUndefined();
  return person;
}

/** Signs in (from a fresh client address); the session token. */
export async function signIn(api: TestApi, email: string, password: string): Promise<string> {
  const r = await from(api)<{ signIn: { token: string } }>(SIGN_IN, { input: { email, password } });
  expect(r.errors).toBeUndefined();
  return r.data!.signIn.token;
}

export interface OutboxMessage {
  template: string;
  to_email: string;
  links: string[];
}

/** Messages in the outbox for an address, oldest first (bodies opened: they are sealed at rest). */
export async function outbox(api: TestApi, email: string): Promise<OutboxMessage[]> {
  return (await outboxRows(api, { to: email })).map(({ template, to_email, links }) => ({
    template,
    to_email,
    links,
  }));
}

/** The `token` query parameter of the link starting with `prefix`. */
export function tokenFromLinks(links: string[], prefix: string): string {
  const link = links.find((l) => l.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in ${JSON.stringify(links)}`);
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

export async function sql<T = Record<string, unknown>[]>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T> {
  return api.orm.em.fork().execute(query, params) as Promise<T>;
}

/**
 * Spends all but `left` points of a policy's current window for `key` (as many earlier requests
 * would have): the limits are sized for thousands of customers per address, too many to send here.
 */
export async function spendAllBut(api: TestApi, policy: RateLimitPolicy, key: string, left: number) {
  await sql(
    api,
    `insert into rate_limit (key, points, expire)
       values (?, ?, (extract(epoch from now()) * 1000)::bigint + ? * 1000)
     on conflict (key) do update set points = excluded.points, expire = excluded.expire`,
    [`${policy.name}:${key}`, policy.points - left, policy.durationSeconds],
  );
}

export function errorOf(r: GqlResult) {
  const e = r.errors?.[0];
  return { code: e?.extensions?.code, message: e?.message, extensions: e?.extensions ?? {} };
}

/**
 * Like `api.ws(token)`, but the client's own close errors are expected here, so they are not printed.
 * Disposed with `disposeAll()`.
 */
const openClients: WsClient[] = [];
export function wsClient(api: TestApi, token: string): WsClient {
  const c = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  openClients.push(c);
  return c;
}

export async function disposeAll(): Promise<void> {
  await Promise.all(openClients.splice(0).map((c) => Promise.resolve(c.dispose())));
}

/** Resolves with the close code when the graphql-ws client's socket closes. */
export function closedCode(client: WsClient, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('WebSocket still open')), timeoutMs);
    client.on('closed', (event) => {
      clearTimeout(timer);
      resolve((event as { code: number }).code);
    });
  });
}

export function connected(client: WsClient, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('WebSocket did not connect')), timeoutMs);
    client.on('connected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
