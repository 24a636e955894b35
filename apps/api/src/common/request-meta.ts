/** Who and where a request came from, for the audit trail and rate limits. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}
