// A new grant row and its installations: shared by grantAccess and the re-invite of a closed invite.
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newCode, newToken } from '../../common/tokens.ts';
import { asDate, pgArray } from '../../db/sql.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';
import type { GrantSnapshot, IssuedInvite } from './grant-events.ts';
import { PERMISSION_TERMS_VERSION } from './grant-terms.ts';
import { ALL_SCOPES, canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';
import type { GrantDeps } from './grant-transition.ts';
import type { InviteeData } from './invitee-match.ts';

export interface NewGrant {
  titular: GrantSnapshot['titular'];
  partner: { id: string; name: string };
  invitee: InviteeData;
  idempotencyKey: string | null;
  /** The closed invite this one re-sends. */
  replacesId: string | null;
  installationIds: string[];
  /** Prazo da permissão, already validated; null: until revoked. */
  validUntil: Date | null;
  /** What the invitee may do; absent: everything. */
  scopes?: readonly AccessGrantScope[];
}

/** What the titular gets back: the grant and the link to copy (shown once: only its hash is kept). */
export interface IssuedLink {
  grantId: string;
  inviteUrl: string;
}

/**
 * Inserts an INVITED grant with two invite tokens (the titular's copy link and the e-mailed one,
 * stored hashed), its protocol number and expiry from the database (sequence, clock), and its
 * installations in one INSERT … SELECT whatever their number.
 */
export async function insertGrant(
  tx: EntityManager,
  deps: Pick<GrantDeps, 'config'>,
  g: NewGrant,
): Promise<{ grant: GrantSnapshot; invite: IssuedInvite; copyToken: string }> {
  const copyToken = newToken();
  const mailToken = newToken();
  const scopes = g.scopes ? canonicalScopes(g.scopes) : [...ALL_SCOPES];
  const rows = await tx.execute<{ id: string; invite_expires_at: Date; protocol_number: string }[]>(
    `insert into access_grant (id, protocol_number, verification_code, titular_id, business_partner_id,
            invitee_full_name, invitee_cpf, invitee_email, status, invite_token_hash, invite_mail_token_hash,
            invite_expires_at, idempotency_key, installation_count, titular_terms_version, replaces_id, valid_until, scopes, created_at, version)
     values (gen_random_uuid(),
             to_char(now() at time zone 'America/Sao_Paulo', 'YYYY') || '-' || lpad(nextval('access_grant_protocol_seq')::text, 6, '0'),
             ?, ?, ?, ?, ?, ?, 'INVITED', ?, ?, now() + make_interval(secs => ?), ?, ?, ?, ?, ?, ?::text[], now(), 1)
     returning id, invite_expires_at, protocol_number`,
    [
      newCode(20),
      g.titular.id,
      g.partner.id,
      g.invitee.fullName,
      g.invitee.cpf,
      g.invitee.email,
      hashToken(copyToken),
      hashToken(mailToken),
      deps.config.INVITE_TTL_HOURS * 3600,
      g.idempotencyKey,
      g.installationIds.length,
      PERMISSION_TERMS_VERSION,
      g.replacesId,
      g.validUntil,
      `{${scopes.join(',')}}`,
    ],
  );
  const row = rows[0]!;
  await tx.execute(
    `insert into access_grant_installation (grant_id, installation_id) select ?, unnest(?::uuid[])`,
    [row.id, pgArray(g.installationIds)],
  );
  const grant: GrantSnapshot = {
    id: row.id,
    status: AccessGrantStatus.INVITED,
    expired: false,
    protocolNumber: row.protocol_number,
    businessPartnerId: g.partner.id,
    businessPartnerName: g.partner.name,
    titular: g.titular,
    invitee: g.invitee,
    inviteeAccount: null,
    activeInstallationCount: g.installationIds.length,
    validUntil: g.validUntil,
    scopes,
  };
  const invite = {
    mailToken,
    expiresAt: asDate(row.invite_expires_at),
    installationCount: g.installationIds.length,
  };
  return { grant, invite, copyToken };
}
