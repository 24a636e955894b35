// The browser's GraphQL client: urql (`@urql/svelte`, which re-exports `@urql/core`), HTTP through
// the portal's /graphql proxy (the HttpOnly cookie rides along) and subscriptions over graphql-ws on
// the same path. urql is loaded the first time a call is made in the browser, so a page whose first
// paint needs no GraphQL from the browser does not carry it in its first JavaScript; graphql-ws is
// loaded only by the first subscription.
import type { Client, DocumentInput, OperationResult } from '@urql/svelte';
import type { Client as WsClient } from 'graphql-ws';
import { networkError, toApiError, type ApiErrorInfo } from './errors.ts';
import type { TypedDocumentString } from './graphql/generated/graphql.ts';

type Variables = Record<string, unknown>;

let urql: Promise<Client> | null = null;
let ws: Promise<WsClient> | null = null;
const reconnectListeners = new Set<() => void>();

/** The API closes a subscriber that fell too far behind with 4429; it resumes from its cursor. */
const BACK_PRESSURE = 4429;

/** The close code when `e` is a socket's close (a CloseEvent, or one like it), else null. */
function closeCode(e: unknown): number | null {
  return e && typeof e === 'object' && 'code' in e && 'reason' in e && typeof e.code === 'number'
    ? e.code
    : null;
}

const backoff = (retries: number) => Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 500;

/**
 * codegen's documents are strings typed with their result and variables (`TypedDocumentString`);
 * urql takes a string document as it is and parses it once, so only the types need carrying over.
 */
function document<T, V extends Variables>(doc: TypedDocumentString<T, V>): DocumentInput<T, V> {
  return doc.toString();
}

/** The one urql client, loaded on first use (one shared promise; a failed load is tried again next call). */
function client(): Promise<Client> {
  if (urql) return urql;
  const loading = import('@urql/svelte').then(
    ({ Client, fetchExchange, subscriptionExchange }) =>
      new Client({
        url: '/graphql',
        preferGetMethod: false,
        // The portal never caches: every list and detail is read from the API when asked for.
        requestPolicy: 'network-only',
        fetchOptions: { credentials: 'same-origin' },
        exchanges: [
          fetchExchange,
          subscriptionExchange({
            forwardSubscription(request) {
              const input = { ...request, query: request.query ?? '' };
              return {
                subscribe(sink) {
                  let closed = false;
                  let unsubscribe = () => {};
                  void wsClient().then((ws) => {
                    if (!closed) unsubscribe = ws.subscribe(input, sink);
                  });
                  return {
                    unsubscribe() {
                      closed = true;
                      unsubscribe();
                    },
                  };
                },
              };
            },
          }),
        ],
      }),
  );
  urql = loading;
  loading.catch(() => {
    if (urql === loading) urql = null;
  });
  return loading;
}

/** The WebSocket client is loaded only by pages that subscribe (it is not in the other pages' JS). */
function wsClient(): Promise<WsClient> {
  ws ??= import('graphql-ws').then(({ createClient }) => connect(createClient));
  return ws;
}

function connect(createWsClient: typeof import('graphql-ws').createClient): WsClient {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let connectedBefore = false;
  return createWsClient({
    url: url.href,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    // 4401/4403: the session ended or was refused; retrying would not help.
    shouldRetry: (e) => closeCode(e) !== 4401 && closeCode(e) !== 4403,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, backoff(retries)));
    },
    on: {
      connected: () => {
        // After a reconnect, events may have been missed: listeners re-read the state.
        if (connectedBefore) for (const l of reconnectListeners) l();
        connectedBefore = true;
      },
    },
  });
}

/**
 * A live subscription (urql over graphql-ws); `onData` gets each result's data. Returns its stop.
 * graphql-ws never retries a 4429 close (to it, "too many initialisation requests"): urql gets it as
 * the subscription's network error, so the subscription starts again here after a back-off; the new
 * connection tells the reconnect listeners, which resume from their cursor or re-read.
 */
export function subscribe<T, V extends Variables>(
  doc: TypedDocumentString<T, V>,
  variables: V,
  onData: (data: T) => void,
): () => void {
  let stopped = false;
  let stopCurrent = () => {};
  let retry: ReturnType<typeof setTimeout> | undefined;
  let backPressureRetries = 0;
  const start = () => {
    client().then(
      (c) => {
        if (stopped) return;
        const subscription = c.subscription<T, V>(document(doc), variables).subscribe((result) => {
          if (result.data) {
            backPressureRetries = 0;
            onData(result.data);
          }
          if (stopped || closeCode(result.error?.networkError) !== BACK_PRESSURE) return;
          // Ends this operation in urql (so the new one is not taken for it) and starts again.
          retry = setTimeout(() => {
            stopCurrent();
            start();
          }, backoff(backPressureRetries++));
        });
        stopCurrent = () => subscription.unsubscribe();
      },
      () => {
        if (!stopped) retry = setTimeout(start, backoff(backPressureRetries++));
      },
    );
  };
  start();
  return () => {
    stopped = true;
    clearTimeout(retry);
    stopCurrent();
  };
}

/** Called after the live connection comes back, so pages can re-query what they show. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export type CallResult<T> = { data: T; error: null } | { data: null; error: ApiErrorInfo };

/** urql's result as the pages use it: the API's first error, or a network error, or the data. */
function wrap<T, V extends Variables>(result: OperationResult<T, V>): CallResult<T> {
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    return { data: null, error: first ? toApiError(first) : networkError() };
  }
  if (!result.data) return { data: null, error: networkError() };
  return { data: result.data, error: null };
}

export async function query<T, V extends Variables>(
  doc: TypedDocumentString<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  const c = await client().catch(() => null);
  if (!c) return { data: null, error: networkError() };
  return wrap(await c.query<T, V>(document(doc), variables).toPromise());
}

export async function mutate<T, V extends Variables>(
  doc: TypedDocumentString<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  const c = await client().catch(() => null);
  if (!c) return { data: null, error: networkError() };
  return wrap(await c.mutation<T, V>(document(doc), variables).toPromise());
}
