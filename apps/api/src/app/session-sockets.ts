// Which WebSocket connections belong to which session, so ending a session closes them.
import type { WebSocket } from 'ws';

/** Close code and reason the portal recognises as "your session ended" (it does not retry). */
export const SESSION_ENDED_CLOSE = { code: 4401, reason: 'Sessão encerrada' } as const;

export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  add(sessionId: string, socket: WebSocket): void {
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(socket);
  }

  remove(sessionId: string, socket: WebSocket): void {
    const set = this.bySession.get(sessionId);
    set?.delete(socket);
    if (set?.size === 0) this.bySession.delete(sessionId);
  }

  /** Open connections of one session. */
  count(sessionId: string): number {
    return this.bySession.get(sessionId)?.size ?? 0;
  }

  /** Sessions with at least one open connection. */
  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }

  /** Closes every connection of these sessions (each is removed when its close event runs). */
  close(sessionIds: Iterable<string>): void {
    for (const id of sessionIds) {
      for (const ws of this.bySession.get(id) ?? [])
        ws.close(SESSION_ENDED_CLOSE.code, SESSION_ENDED_CLOSE.reason);
    }
  }
}
