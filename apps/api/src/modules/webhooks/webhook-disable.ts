// Disabling an endpoint whose receiver asked us to stop (410) or kept failing, and telling its team:
// one conditional UPDATE decides which process disables it (so the e-mail goes once), and the e-mail
// is enqueued in the same transaction (outbox) to the contact e-mail of the team's newest key.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailService } from '../mail/mail.service.ts';

export type DisableReason = 'GONE' | 'PERSISTENT_FAILURE';

const REASON_TEXT: Record<DisableReason, string> = {
  GONE: 'the receiver answered 410 Gone',
  PERSISTENT_FAILURE: 'persistent delivery failure',
};

/** True when this call disabled it (false: already disabled or deleted). */
export async function disableEndpoint(
  em: EntityManager,
  mail: MailService,
  endpointId: string,
  reason: DisableReason,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ owner: string; url: string; disabled_at: Date }[]>(
      `update webhook_endpoint set disabled_at = now(), disabled_reason = ?, updated_at = now()
        where id = ? and disabled_at is null
        returning owner, url, disabled_at`,
      [REASON_TEXT[reason], endpointId],
    );
    const row = rows[0];
    if (!row) return false;
    // The team's contact: the newest key of that name that has one (a rotated key keeps the name).
    const [contact] = await tx.execute<{ contact_email: string; team: string | null }[]>(
      `select contact_email, team from api_key where name = ? and contact_email is not null
        order by revoked_at is null desc, created_at desc limit 1`,
      [row.owner],
    );
    if (contact)
      await mail.enqueue(
        tx,
        'webhook-endpoint-disabled',
        { email: contact.contact_email, name: contact.team ?? row.owner },
        {
          team: contact.team ?? row.owner,
          endpointId,
          url: row.url,
          reason,
          disabledAt: new Date(row.disabled_at),
        },
      );
    return true;
  });
}
