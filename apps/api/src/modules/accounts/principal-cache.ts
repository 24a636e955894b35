// Who a credential (a session token's or a service key's hash) belongs to, kept in process memory for
// a short while so the access check can skip its authentication statement. The cache never decides
// alone that a credential is still valid: every request served from it is confirmed by the database
// in that request (inside the access check's own statement, or by the authentication statement
// before any other operation runs), so a revocation committed on any process is refused at once.
// Revocations heard over the event stream only drop entries early. Use is still recorded from what
// the database says (last seen over a minute ago), by whichever statement confirms the credential.

/** How long an entry is used before the credential is read again (30–60 s). */
export const PRINCIPAL_CACHE_MS = 45_000;
/** At most this many credentials per process; the oldest go first. */
const MAX_ENTRIES = 10_000;

interface Entry<P> {
  principal: P;
  /** Owner id the entry can be dropped by (session id, API key id). */
  id: string;
  expiresAt: number;
}

export class PrincipalCache<P> {
  private readonly byHash = new Map<string, Entry<P>>();
  private readonly hashById = new Map<string, string>();

  constructor(private readonly ttlMs = PRINCIPAL_CACHE_MS) {}

  get(hash: string, now = Date.now()): Entry<P> | undefined {
    const e = this.byHash.get(hash);
    if (!e) return undefined;
    if (e.expiresAt > now) return e;
    this.delete(hash);
    return undefined;
  }

  set(hash: string, id: string, principal: P, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    this.delete(hash);
    if (this.byHash.size >= MAX_ENTRIES) {
      const oldest = this.byHash.keys().next().value;
      if (oldest !== undefined) this.delete(oldest);
    }
    this.byHash.set(hash, { principal, id, expiresAt: now + this.ttlMs });
    this.hashById.set(id, hash);
  }

  /** Drops the entries of these owners (revoked sessions or keys). */
  dropIds(ids: Iterable<string>): void {
    for (const id of ids) {
      const hash = this.hashById.get(id);
      if (hash !== undefined) this.delete(hash);
    }
  }

  get size(): number {
    return this.byHash.size;
  }

  private delete(hash: string): void {
    const e = this.byHash.get(hash);
    if (!e) return;
    this.byHash.delete(hash);
    if (this.hashById.get(e.id) === hash) this.hashById.delete(e.id);
  }
}
