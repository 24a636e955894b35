// When an invitee's grant stops covering the installation they have open: which live changes may end
// it, and the sentence the page shows. Plain TypeScript (unit-tested); the page asks the API again
// whenever the answer is not certain from the event alone.

/** What a grant change means for an open installation page. */
export type AccessVerdict = 'ended' | 'recheck' | 'unchanged';

export interface GrantChangeLike {
  grantId: string | null;
  change: string;
  /** The grant's status right after the change (null when the event carries no grant). */
  status?: string | null;
}

/**
 * `ended` when the grant itself is over; `recheck` when it goes on but may have lost this installation
 * or what the person may do (some installations removed, scopes narrowed, authority ended for some);
 * `unchanged` for other grants and changes that take nothing away.
 */
export function verdict(event: GrantChangeLike, grantId: string): AccessVerdict {
  if (event.grantId !== grantId) return 'unchanged';
  if (event.status && event.status !== 'ACCEPTED') return 'ended';
  if (['ACCEPTED', 'LINK_REISSUED', 'VALIDITY_REMINDER_SENT', 'CREATED'].includes(event.change))
    return 'unchanged';
  return 'recheck';
}

/** The reason shown in the ended notice, in Portuguese. */
export function endedMessage(change: string | null, titularName: string): string {
  const first = titularName.split(' ')[0] || titularName;
  switch (change) {
    case 'REVOKED':
      return `${first} retirou a sua permissão de acesso.`;
    case 'INSTALLATIONS_REVOKED':
      return `${first} retirou o seu acesso a esta instalação.`;
    case 'RENOUNCED':
      return 'Você abriu mão deste acesso.';
    case 'VALIDITY_ENDED':
    case 'EXPIRED':
      return 'O prazo da permissão de acesso terminou.';
    case 'AUTHORITY_ENDED':
      return `${first} não responde mais por esta instalação no cadastro da distribuidora.`;
    case 'SCOPES_NARROWED':
      return `${first} mudou o que você pode fazer nesta instalação.`;
    default:
      return 'A permissão de acesso a esta instalação foi encerrada.';
  }
}
