// Accepted grants in force on one installation, as the caller may see them: a service key (viewer
// null) sees every one; a person those of partners they are proven titular of, and their own.
import type { EntityManager } from '@mikro-orm/postgresql';
import { asDate, asDateOrNull } from '../../db/sql.ts';
import { accountIsTitularOf } from '../customers/titularity.sql.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { WITHIN_VALIDITY } from '../grants/access-grant.sql.ts';

export interface ActiveGrantRow {
  id: string;
  protocolNumber: string;
  grantedAt: Date;
  validUntil: Date | null;
}

export async function activeGrantsOn(
  em: EntityManager,
  number: string,
  viewerId: string | null,
): Promise<ActiveGrantRow[]> {
  if (!isInstallationNumber(number)) return [];
  const rows = await em.execute<
    { id: string; protocol_number: string; accepted_at: Date; valid_until: Date | null }[]
  >(
    `select g.id, g.protocol_number, g.accepted_at, g.valid_until
       from installation i
       join access_grant_installation agi on agi.installation_id = i.id and agi.revoked_at is null
       join access_grant g on g.id = agi.grant_id
      where i.number = ? and i.status = 'ACTIVE'
        and g.status = 'ACCEPTED' and ${WITHIN_VALIDITY} and g.business_partner_id = i.business_partner_id
        and ${accountIsTitularOf('g.business_partner_id', 'g.titular_id')}
        and (?::uuid is null or g.invitee_id = ?::uuid or ${accountIsTitularOf('i.business_partner_id', '?::uuid')})
      order by g.accepted_at, g.id
      limit 200`,
    [number, viewerId, viewerId, viewerId],
  );
  return rows.map((r) => ({
    id: r.id,
    protocolNumber: r.protocol_number,
    grantedAt: asDate(r.accepted_at),
    validUntil: asDateOrNull(r.valid_until),
  }));
}
