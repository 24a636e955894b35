import { error } from '@sveltejs/kit';
import { portalConfig } from '#lib/server/config.ts';
import type { PageServerLoad } from './$types';

interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  sentAt: string | null;
  status: string;
}

export const load: PageServerLoad = async () => {
  const { mailboxEnabled, apiUrl } = portalConfig();
  if (!mailboxEnabled) error(404, 'Not Found');
  try {
    const res = await fetch(`${apiUrl}/dev/mailbox`, { headers: { accept: 'application/json' } });
    if (!res.ok) return { messages: [] as MailboxMessage[], error: `A API respondeu ${res.status}.` };
    const body = (await res.json()) as { messages?: MailboxMessage[] };
    return { messages: body.messages ?? [], error: null };
  } catch {
    return { messages: [] as MailboxMessage[], error: 'Não foi possível falar com a API.' };
  }
};
