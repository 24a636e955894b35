// The e-mails of acting on a grant (pt-BR): a service request to whoever made it and, when an invitee
// made it, to the titular in whose name it was made; and the narrowing of a grant's scopes. Kept apart
// from render.ts by meaning; render.ts merges them into its one table.
import { firstName } from '@delega/shared/people';
import type { MailTemplates } from '../mail.types.ts';
import { formatDateTime } from './format.ts';

// The same content shapes render.ts renders (structurally), so this file stands on its own.
type Inline = string | { strong: string };
type Block =
  | { kind: 'p'; content: Inline[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'note'; content: Inline[] };
interface MailContent {
  subject: string;
  preheader: string;
  greeting: string;
  blocks: Block[];
}
const p = (...content: Inline[]): Block => ({ kind: 'p', content });
const action = (label: string, url: string): Block => ({ kind: 'action', label, url });
const b = (strong: string): Inline => ({ strong });

type Builder<K extends keyof MailTemplates> = (
  d: MailTemplates[K],
  ctx: { portalUrl: string },
) => MailContent;

const detail = (d: { detail: string | null }): Block[] => (d.detail ? [p(d.detail)] : []);

const received: Builder<'service-request-received'> = (d) => ({
  subject: `Solicitação registrada: ${d.serviceLabel} (protocolo ${d.protocolNumber})`,
  preheader: `Instalação ${d.installationNumber}.`,
  greeting: `Olá, ${firstName(d.requesterName)}.`,
  blocks: [
    p(
      'Registramos, em ',
      b(formatDateTime(d.requestedAt)),
      ', a sua solicitação de ',
      b(d.serviceLabel),
      ' para a instalação ',
      b(d.installationNumber),
      `, em nome de ${d.onBehalfOf}.`,
    ),
    ...detail(d),
    p('Protocolo da solicitação: ', b(d.protocolNumber), '. Guarde-o para acompanhar o atendimento.'),
    action('Ver solicitações da instalação', d.requestsUrl),
  ],
});

const onYourBehalf: Builder<'service-request-on-your-behalf'> = (d) => ({
  subject: `${d.inviteeName} fez uma solicitação em seu nome (protocolo ${d.protocolNumber})`,
  preheader: `${d.serviceLabel} · instalação ${d.installationNumber}.`,
  greeting: `Olá, ${firstName(d.titularName)}.`,
  blocks: [
    p(
      b(d.inviteeName),
      ', com a permissão de acesso ',
      b(d.grantProtocolNumber),
      ' que você concedeu, solicitou em seu nome, em ',
      b(formatDateTime(d.requestedAt)),
      ': ',
      b(d.serviceLabel),
      ' para a instalação ',
      b(d.installationNumber),
      '.',
    ),
    ...detail(d),
    p('Protocolo da solicitação: ', b(d.protocolNumber), '.'),
    p(
      'Você vê tudo o que foi feito em seu nome em Acessos concedidos, na atividade da permissão, e pode retirá-la a qualquer momento.',
    ),
    action('Ver atividade da permissão', d.activityUrl),
  ],
});

const narrowed: Builder<'access-scopes-narrowed'> = (d, ctx) => ({
  subject: `${d.titularName} alterou o que você pode fazer (protocolo ${d.protocolNumber})`,
  preheader: `Permissão de acesso às instalações de ${d.businessPartnerName}.`,
  greeting: `Olá, ${firstName(d.inviteeName)}.`,
  blocks: [
    p(
      b(d.titularName),
      ' alterou, em ',
      b(formatDateTime(d.narrowedAt)),
      ', a permissão de acesso às instalações do parceiro de negócio ',
      b(d.businessPartnerName),
      '. A partir de agora você não pode mais: ',
      b(d.removed.join('; ')),
      '.',
    ),
    p('A permissão continua valendo para: ', b(d.remaining.join('; ')), '.'),
    p('Protocolo: ', b(d.protocolNumber), '.'),
    action('Abrir o portal', ctx.portalUrl),
  ],
});

export const serviceRequestTemplates = {
  'service-request-received': received,
  'service-request-on-your-behalf': onYourBehalf,
  'access-scopes-narrowed': narrowed,
};
