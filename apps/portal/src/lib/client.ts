// The browser's GraphQL client: HTTP through the portal's /graphql proxy (the HttpOnly cookie rides
// along) and subscriptions over graphql-ws on the same path. Plain fetch: the portal asks every
// query from the network (no cache), so a client library would only add weight to every page.
import type { Client as WsClient } from 'graphql-ws';
import { networkError, toApiError, type ApiErrorInfo } from './errors.ts';
import type { TypedDocumentString } from './graphql/generated/graphql.ts';

type Variables = Record<string, unknown>;

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
 * A live subscription (over graphql-ws); `onData` gets each result's data. Returns its stop.
 * graphql-ws never retries a 4429 close (to it, "too many initialisation requests"), so after one
 * the subscription starts again here; the new connection tells the reconnect listeners, which
 * resume from their cursor or re-read.
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
    void wsClient().then((client) => {
      if (stopped) return;
      stopCurrent = client.subscribe<T>(
        { query: doc.toString(), variables },
        {
          next: (result) => {
            backPressureRetries = 0;
            if (result.data) onData(result.data);
          },
          error: (e) => {
            if (stopped || closeCode(e) !== BACK_PRESSURE) return;
            retry = setTimeout(start, backoff(backPressureRetries++));
          },
          complete: () => {},
        },
      );
    });
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

/** One query or mutation over HTTP: the API's first error, or a network error, or the data. */
async function send<T>(doc: TypedDocumentString<T, Variables>, variables: Variables): Promise<CallResult<T>> {
  let body: { data?: T | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: doc.toString(), variables }),
    });
    body = (await res.json()) as typeof body;
  } catch {
    return { data: null, error: networkError() };
  }
  if (body.errors?.length) return { data: null, error: toApiError(body.errors[0]) };
  if (!body.data) return { data: null, error: networkError() };
  return { data: body.data, error: null };
}

export function query<T, V extends Variables>(
  doc: TypedDocumentString<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  return send(doc as TypedDocumentString<T, Variables>, variables);
}

export function mutate<T, V extends Variables>(
  doc: TypedDocumentString<T, V>,
  variables: V,
): Promise<CallResult<T>> {
  return send(doc as TypedDocumentString<T, Variables>, variables);
}
