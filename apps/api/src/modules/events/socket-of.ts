// The WebSocket behind a subscription's context, so a subscriber that cannot keep up can be closed
// with a clear code (the context type stays free of transport details).

/** What we need of a connection. */
export interface Closable {
  close(code: number, reason: string): void;
}

const sockets = new WeakMap<object, Closable>();

/** Called by the WebSocket server for each operation's context. */
export function bindSocket<C extends object>(context: C, socket: Closable): C {
  sockets.set(context, socket);
  return context;
}

export function socketOf(context: object): Closable | undefined {
  return sockets.get(context);
}

/** Closes a connection whose subscriber fell too far behind; the client resumes from its cursor. */
export const TOO_MANY_PENDING = { code: 4429, reason: 'Muitos eventos pendentes' } as const;
