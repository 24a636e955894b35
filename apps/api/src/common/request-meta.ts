/** Who and where a request came from, for the audit trail and rate limits. */
export interface RequestMeta {
  requestId: string;
  /** The client's address (behind our proxies: see http/client-address.ts); null when unknown. */
  ip: string | null;
  /** The client's source port, when known (our proxy forwards it in `Forwarded: for="ip:port"`). */
  port: number | null;
  userAgent: string | null;
}
