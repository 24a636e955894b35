// The e-mails of a grant's end by authority or validity, and of its validity (pt-BR). Kept apart from
// render.ts by meaning; render.ts merges them into its one table.
import { firstName } from '@delega/shared/people';
import type { MailTemplates } from '../mail.types.ts';
import { formatDateTime, installationsLabel } from './format.ts';
import { action, b, p, type MailContent } from './blocks.ts';

type Ended = MailTemplates['access-ended'];

/** Why it ended, as a clause after "porque". */
const WHY: Record<Ended['reason'], (d: Ended) => string> = {
  TITULARITY_CHANGED: () => 'a titularidade da instalação mudou (troca de titularidade)',
  INSTALLATION_DEACTIVATED: () => 'a instalação foi desligada',
  REPRESENTATIVE_REMOVED: (d) =>
    `${d.titularName} deixou de representar o parceiro de negócio ${d.businessPartnerName}`,
  PARTNER_ENDED: (d) => `o parceiro de negócio ${d.businessPartnerName} foi encerrado`,
  VALIDITY_ENDED: () => 'chegou ao fim o prazo escolhido para a permissão',
};

function endedSubject(d: Ended): string {
  if (d.wasInvite) return `Convite cancelado (protocolo ${d.protocolNumber})`;
  if (!d.wholeGrant)
    return `Instalações retiradas de uma permissão de acesso (protocolo ${d.protocolNumber})`;
  return `Permissão de acesso encerrada (protocolo ${d.protocolNumber})`;
}

function endedWhat(d: Ended): string {
  const other = d.recipient === 'TITULAR' ? d.inviteeName : d.titularName;
  const whose = d.recipient === 'TITULAR' ? `que você concedeu a ${other}` : `que ${other} concedeu a você`;
  if (d.wasInvite) return `O convite ${whose} foi cancelado`;
  if (!d.wholeGrant) {
    const n = d.installationNumbers.length;
    return `${installationsLabel(n)} ${n === 1 ? 'saiu' : 'saíram'} da permissão de acesso ${whose}`;
  }
  return `A permissão de acesso ${whose} terminou`;
}

export const grantEndingTemplates = {
  'access-ended': (d: Ended): MailContent => ({
    subject: endedSubject(d),
    preheader: `Protocolo ${d.protocolNumber}.`,
    greeting: `Olá, ${firstName(d.recipientName)}.`,
    blocks: [
      p(
        endedWhat(d),
        ' em ',
        b(formatDateTime(d.endedAt)),
        ', porque ',
        WHY[d.reason](d),
        '. Parceiro de negócio: ',
        b(d.businessPartnerName),
        '.',
      ),
      ...(d.wholeGrant
        ? []
        : [
            { kind: 'list' as const, items: d.installationNumbers.map((n) => `Instalação nº ${n}`) },
            p('O acesso às demais instalações continua valendo.'),
          ]),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      action('Abrir o portal', d.portalUrl),
    ],
  }),

  'access-validity-reminder': (d: MailTemplates['access-validity-reminder']): MailContent => ({
    subject: `A permissão de acesso termina em 7 dias (protocolo ${d.protocolNumber})`,
    preheader: `Vale até ${formatDateTime(d.validUntil)}.`,
    greeting: `Olá, ${firstName(d.recipientName)}.`,
    blocks: [
      p(
        d.recipient === 'TITULAR'
          ? `A permissão de acesso que você concedeu a ${d.inviteeName}`
          : `A permissão de acesso que ${d.titularName} concedeu a você`,
        ' nas instalações de ',
        b(d.businessPartnerName),
        ' vale até ',
        b(formatDateTime(d.validUntil)),
        '. Depois disso ela termina sozinha.',
      ),
      p(
        d.recipient === 'TITULAR'
          ? 'Se quiser, você pode prorrogar ou encurtar o prazo em Acessos concedidos.'
          : 'Se precisar de mais tempo, peça a quem concedeu o acesso que prorrogue o prazo.',
      ),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      action(d.recipient === 'TITULAR' ? 'Ver acessos concedidos' : 'Ver acessos recebidos', d.url),
    ],
  }),

  'access-validity-changed': (d: MailTemplates['access-validity-changed']): MailContent => ({
    subject: `O prazo da sua permissão de acesso mudou (protocolo ${d.protocolNumber})`,
    preheader: d.validUntil
      ? `Agora vale até ${formatDateTime(d.validUntil)}.`
      : 'Agora vale até ser retirada.',
    greeting: `Olá, ${firstName(d.inviteeName)}.`,
    blocks: [
      p(
        b(d.titularName),
        ' mudou o prazo da permissão de acesso às instalações de ',
        b(d.businessPartnerName),
        d.validUntil ? ': agora ela vale até ' : ': agora ela vale ',
        b(d.validUntil ? formatDateTime(d.validUntil) : 'até ser retirada'),
        '.',
      ),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      action('Ver acessos recebidos', d.url),
    ],
  }),
};
