// The browser's GraphQL client: HTTP through the portal's /graphql proxy (the HttpOnly cookie rides
// along) and subscriptions over graphql-ws on the same path.
import {
  Client,
  fetchExchange,
  subscriptionExchange,
  type AnyVariables,
  type TypedDocumentNode,
} from '@urql/core';
import type { Client as WsClient } from 'graphql-ws';
import { networkError, toApiError, type ApiErrorInfo } from './errors.ts';

let client: Client | null = null;
let ws: Promise<WsClient> | null = null;
const reconnectListeners = new Set<() => void>();

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
    shouldRetry: (e) => !(e instanceof CloseEvent && (e.code === 4401 || e.code === 4403)),
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 500));
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

export function getClient(): Client {
  if (client) return client;
  client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              let closed = false;
              let unsubscribe = () => {};
              void wsClient().then((client) => {
                if (!closed) unsubscribe = client.subscribe(input, sink);
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
  });
  return client;
}

/** Called after the live connection comes back, so pages can re-query what they show. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export type CallResult<T> = { data: T; error: null } | { data: null; error: ApiErrorInfo };

function wrap<T>(result: {
  data?: T;
  error?: { graphQLErrors: { message: string; extensions: Record<string, unknown> }[]; networkError?: Error };
}): CallResult<T> {
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    return { data: null, error: first ? toApiError(first) : networkError() };
  }
  if (!result.data) return { data: null, error: networkError() };
  return { data: result.data, error: null };
}

export async function query<T, V extends AnyVariables>(
  doc: TypedDocumentNode<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  return wrap(await getClient().query(doc, variables).toPromise());
}

export async function mutate<T, V extends AnyVariables>(
  doc: TypedDocumentNode<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  return wrap(await getClient().mutation(doc, variables).toPromise());
}
