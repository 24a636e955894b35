// Stored protocol PDFs (table `protocol_document`): the titular's download serves bytes rendered
// ahead (or by the previous download) instead of waiting for layout. A stored PDF is served only
// while its fingerprint matches the grant: a digest of everything the document shows, read at the
// moment of the download (the grant's live status by the database clock, its dates, people, terms,
// validity and scopes, and each installation with its address and revocation), plus the layout
// version and the configuration the text depends on. Anything else renders again and replaces it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** Bump when protocol-document.ts or protocol-annex.ts change what a PDF looks like. */
export const PROTOCOL_LAYOUT_VERSION = '2026-12-01.fixed-columns.2';

/**
 * The fingerprint of grant `$2` given the digest `$1` of its row (computed by the caller from the
 * row it authorized), and the stored PDF when it is that fingerprint's. The installations part is a
 * sum of 64-bit row hashes: independent of order, so no sort of 10,000 rows per download.
 */
const FRESH_PDF = `
  with f as (
    select md5($1::text || ':' || count(*) || ':' || coalesce(sum(hashtextextended(
             concat_ws('|', i.number, i.street, i.street_number, coalesce(i.complement, ''), i.district,
                       i.city, i.state, i.postal_code, coalesce(extract(epoch from gi.revoked_at)::text, '')),
             0)), 0)) as fingerprint
      from access_grant_installation gi
      join installation i on i.id = gi.installation_id
     where gi.grant_id = $2)
  select f.fingerprint, d.pdf
    from f
    left join protocol_document d on d.grant_id = $2 and d.fingerprint = f.fingerprint`;

const STORE_PDF = `
  insert into protocol_document (grant_id, fingerprint, pdf, rendered_at) values ($1, $2, $3, now())
  on conflict (grant_id) do update
     set fingerprint = excluded.fingerprint, pdf = excluded.pdf, rendered_at = excluded.rendered_at`;

/**
 * Bytes go over bound parameters on a pooled connection (em.execute would inline a megabyte as a
 * literal); these statements never need the caller's transaction.
 */
async function poolOf(em: EntityManager): Promise<pg.Pool> {
  return em.getConnection().getNativeClient();
}

/** The grant's current fingerprint and, when it is still fresh, the stored PDF. */
export async function freshStoredProtocol(
  em: EntityManager,
  grantId: string,
  rowDigest: string,
): Promise<{ fingerprint: string; pdf: Buffer | null }> {
  const pool = await poolOf(em);
  const { rows } = await pool.query<{ fingerprint: string; pdf: Buffer | null }>(FRESH_PDF, [
    rowDigest,
    grantId,
  ]);
  return { fingerprint: rows[0]!.fingerprint, pdf: rows[0]!.pdf };
}

/** Stores (or replaces) the grant's PDF under the fingerprint it was rendered for. */
export async function storeProtocol(
  em: EntityManager,
  grantId: string,
  fingerprint: string,
  pdf: Buffer,
): Promise<void> {
  const pool = await poolOf(em);
  await pool.query(STORE_PDF, [grantId, fingerprint, pdf]);
}
