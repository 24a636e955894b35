// The product's e-mails, in Portuguese: one content structure per template, rendered to accessible
// HTML (inline styles, no images, no tracking) and to plain text. Every interpolated value is plain
// text escaped by the renderer; links must be http(s).
import type { Brand } from '@delega/shared/brand';
import { inviteValidityText } from '@delega/shared/invites';
import { firstName } from '@delega/shared/people';
import type { MailTemplateName, MailTemplates, RenderedMail } from '../mail.types.ts';
import { action, b, note, p, type Inline, type MailContent } from './blocks.ts';
import { formatDateTime, installationsLabel } from './format.ts';
import { grantEndingTemplates } from './grant-ending.ts';
import { titularityTemplates } from './titularity.ts';
import { serviceRequestTemplates } from './service-requests.ts';
import { webhookTemplates } from './webhooks.ts';

export interface RenderContext {
  portalUrl: string;
  /** INVITE_TTL_HOURS: every invite text says this validity ("12 horas"). */
  inviteTtlHours: number;
  /** PRODUCT_NAME, DISTRIBUTOR_NAME, SUPPORT_PHONE: the footer names them (no phone when unset). */
  brand: Brand;
}

/** Who sends the message, and the support phone when one is configured. */
function signature(brand: Brand): string[] {
  const lines = [`${brand.product} – Portal do Cliente ${brand.distributor}`];
  if (brand.supportPhone) lines.push(`Atendimento ${brand.distributor}: ${brand.supportPhone}`);
  return lines;
}

const AUTOMATIC =
  'Este é um e-mail automático; não é preciso respondê-lo. Se você não reconhece esta mensagem, pode ignorá-la com segurança.';

type Builders = { [K in MailTemplateName]: (data: MailTemplates[K], ctx: RenderContext) => MailContent };

const templates: Builders = {
  ...grantEndingTemplates,
  ...titularityTemplates,
  ...serviceRequestTemplates,
  ...webhookTemplates,
  'email-verification': (d) => ({
    subject: 'Confirme seu e-mail',
    preheader: 'Falta pouco para ativar sua conta no portal.',
    greeting: `Olá, ${firstName(d.fullName)}.`,
    blocks: [
      p(
        'Recebemos o cadastro da sua conta no portal. Para confirmar que este e-mail é seu, use o botão abaixo.',
      ),
      action('Confirmar meu e-mail', d.verifyUrl),
      p('O link vale até ', b(formatDateTime(d.expiresAt)), ' e só pode ser usado uma vez.'),
      note('Se você não criou uma conta, ignore este e-mail: nenhum cadastro será ativado.'),
    ],
  }),

  'password-reset': (d) => ({
    subject: 'Redefinição de senha',
    preheader: 'Use o link para criar uma nova senha.',
    greeting: `Olá, ${firstName(d.fullName)}.`,
    blocks: [
      p(
        'Recebemos um pedido para redefinir a senha da sua conta. Para criar uma nova senha, use o botão abaixo.',
      ),
      action('Criar nova senha', d.resetUrl),
      p('O link vale até ', b(formatDateTime(d.expiresAt)), ' e só pode ser usado uma vez.'),
      note('Se você não pediu a redefinição, ignore este e-mail: sua senha atual continua valendo.'),
    ],
  }),

  'account-exists': (d) => ({
    subject: 'Você já tem uma conta no portal',
    preheader: 'Alguém tentou criar uma conta com os seus dados.',
    greeting: `Olá, ${firstName(d.fullName)}.`,
    blocks: [
      p(
        'Recebemos um pedido de cadastro com o seu e-mail ou CPF, mas você já tem uma conta no portal. Nenhuma conta nova foi criada.',
      ),
      p('Para entrar, use o botão abaixo com o seu e-mail e a sua senha.'),
      action('Entrar no portal', d.signInUrl),
      p('Esqueceu a senha? Você pode criar uma nova:'),
      action('Redefinir minha senha', d.resetUrl),
      note('Se não foi você quem tentou se cadastrar, nenhuma ação é necessária.'),
    ],
  }),

  'access-invite': (d, ctx) => ({
    subject: `${d.titularName} convidou você para acessar instalações no portal`,
    preheader: `Convite válido por ${inviteValidityText(ctx.inviteTtlHours)}, até ${formatDateTime(d.expiresAt)}.`,
    greeting: `Olá, ${d.inviteeName}.`,
    blocks: [
      p(
        b(d.titularName),
        ' convidou você para atuar em nome do parceiro de negócio ',
        b(d.businessPartnerName),
        ' em ',
        b(installationsLabel(d.installationCount)),
        ' no portal.',
      ),
      p(
        'Para aceitar ou recusar o convite, use o botão abaixo. Você vai entrar com a sua conta (ou criar uma, se ainda não tiver) e confirmar seus dados: eles precisam ser os mesmos informados por quem convidou.',
      ),
      p(
        'Prazo da permissão: ',
        b(d.validUntil ? `até ${formatDateTime(d.validUntil)}` : 'até ser retirada por quem concedeu'),
        '.',
      ),
      ...(d.scopes?.length ? [p('O que você poderá fazer: ', b(d.scopes.join('; ')), '.')] : []),
      action('Ver convite e responder', d.inviteUrl),
      p(
        `Por segurança, o link vale por ${inviteValidityText(ctx.inviteTtlHours)}: até `,
        b(formatDateTime(d.expiresAt)),
        '. Depois disso ele fica indisponível e será preciso pedir um novo convite.',
      ),
      note('Se você não conhece quem enviou o convite, não clique no link e ignore este e-mail.'),
    ],
  }),

  'access-invite-accepted': (d) => ({
    subject: `Convite aceito: ${d.inviteeName} agora tem acesso (protocolo ${d.protocolNumber})`,
    preheader: 'A permissão de acesso está valendo.',
    greeting: `Olá, ${firstName(d.titularName)}.`,
    blocks: [
      p(
        b(d.inviteeName),
        ' aceitou o seu convite em ',
        b(formatDateTime(d.acceptedAt)),
        ' e agora pode atuar em ',
        b(installationsLabel(d.installationCount)),
        ' em seu nome.',
      ),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      p(
        'Você pode retirar a permissão de acesso a qualquer momento, com efeito imediato, em Acessos concedidos.',
      ),
      action('Ver acessos concedidos', d.grantsUrl),
    ],
  }),

  'access-invite-declined': (d) => ({
    subject: `Convite recusado por ${d.inviteeName} (protocolo ${d.protocolNumber})`,
    preheader: 'Nenhum acesso foi concedido.',
    greeting: `Olá, ${firstName(d.titularName)}.`,
    blocks: [
      p(
        b(d.inviteeName),
        ' recusou o seu convite em ',
        b(formatDateTime(d.declinedAt)),
        '. Nenhum acesso foi concedido.',
      ),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      p('Se quiser, você pode enviar um novo convite pelo portal.'),
      action('Ver acessos concedidos', d.grantsUrl),
    ],
  }),

  'access-revoked': (d, ctx) => ({
    subject: d.wholeGrant
      ? `Seu acesso às instalações de ${d.businessPartnerName} foi retirado`
      : `Algumas instalações de ${d.businessPartnerName} foram retiradas do seu acesso`,
    preheader: `Protocolo ${d.protocolNumber}.`,
    greeting: `Olá, ${firstName(d.inviteeName)}.`,
    blocks: d.wholeGrant
      ? [
          p(
            b(d.titularName),
            ' retirou, em ',
            b(formatDateTime(d.revokedAt)),
            ', a sua permissão de acesso às instalações do parceiro de negócio ',
            b(d.businessPartnerName),
            '. A partir de agora você não pode mais atuar em nome dele.',
          ),
          p('Protocolo: ', b(d.protocolNumber), '.'),
          action('Abrir o portal', ctx.portalUrl),
        ]
      : [
          p(
            b(d.titularName),
            ' retirou, em ',
            b(formatDateTime(d.revokedAt)),
            ', o seu acesso a ',
            b(installationsLabel(d.installationNumbers.length)),
            ' do parceiro de negócio ',
            b(d.businessPartnerName),
            ':',
          ),
          { kind: 'list', items: d.installationNumbers.map((n) => `Instalação nº ${n}`) },
          p('O acesso às demais instalações continua valendo. Protocolo: ', b(d.protocolNumber), '.'),
          action('Abrir o portal', ctx.portalUrl),
        ],
  }),

  'access-renounced': (d) => ({
    subject: `${d.inviteeName} deixou de ter acesso às suas instalações (protocolo ${d.protocolNumber})`,
    preheader: 'A permissão de acesso terminou.',
    greeting: `Olá, ${firstName(d.titularName)}.`,
    blocks: [
      p(
        b(d.inviteeName),
        ' abriu mão, em ',
        b(formatDateTime(d.renouncedAt)),
        ', da permissão de acesso que você concedeu. Ela não pode mais atuar em seu nome.',
      ),
      p('Protocolo: ', b(d.protocolNumber), '.'),
      action('Ver acessos concedidos', d.grantsUrl),
    ],
  }),

  'access-invite-expired': (d, ctx) => ({
    subject: `Seu convite para ${d.inviteeName} expirou (protocolo ${d.protocolNumber})`,
    preheader: `O convite não foi aceito em ${inviteValidityText(ctx.inviteTtlHours)}.`,
    greeting: `Olá, ${firstName(d.titularName)}.`,
    blocks: [
      p(
        'O convite que você enviou para ',
        b(d.inviteeName),
        ` não foi aceito dentro de ${inviteValidityText(ctx.inviteTtlHours)} e expirou em `,
        b(formatDateTime(d.expiredAt)),
        '. Nenhum acesso foi concedido.',
      ),
      p('Você pode enviar um novo convite com os mesmos dados:'),
      action('Convidar novamente', d.reinviteUrl),
      p('Protocolo: ', b(d.protocolNumber), '.'),
    ],
  }),
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Only absolute http(s) URLs make it into a message. */
function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`unsafe link protocol ${u.protocol}`);
  return u.toString();
}

function inlineHtml(content: Inline[]): string {
  return content
    .map((c) => (typeof c === 'string' ? escapeHtml(c) : `<strong>${escapeHtml(c.strong)}</strong>`))
    .join('');
}

function inlineText(content: Inline[]): string {
  return content.map((c) => (typeof c === 'string' ? c : c.strong)).join('');
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f';

function toHtml(c: MailContent, brand: Brand): string {
  const body = c.blocks
    .map((block) => {
      switch (block.kind) {
        case 'p':
          return `<p style="margin:0 0 16px">${inlineHtml(block.content)}</p>`;
        case 'note':
          return `<p style="margin:0 0 16px;font-size:14px;color:#4a4a4a">${inlineHtml(block.content)}</p>`;
        case 'list':
          return `<ul style="margin:0 0 16px;padding-left:24px">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        case 'action': {
          const href = escapeHtml(safeUrl(block.url));
          return (
            `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#0b5394;color:#ffffff;` +
            `text-decoration:none;font-weight:bold;padding:12px 24px;border-radius:4px">${escapeHtml(block.label)}</a></p>` +
            `<p style="margin:0 0 16px;font-size:14px;color:#4a4a4a">Se o botão não funcionar, copie e cole este endereço no navegador:<br>` +
            `<a href="${href}" style="color:#0b5394;word-break:break-all">${href}</a></p>`
          );
        }
      }
    })
    .join('\n');
  const subject = escapeHtml(c.subject);
  return `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(c.preheader)}</div>
<main role="article" aria-label="${subject}" lang="pt-BR" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;${FONT}">
<h1 style="font-size:20px;margin:0 0 16px">${subject}</h1>
<p style="margin:0 0 16px">${escapeHtml(c.greeting)}</p>
${body}
<hr style="border:none;border-top:1px solid #d0d0d0;margin:24px 0">
<p style="margin:0 0 8px;font-size:13px;color:#4a4a4a">${escapeHtml(AUTOMATIC)}</p>
<p style="margin:0;font-size:13px;color:#4a4a4a">${signature(brand).map(escapeHtml).join('<br>')}</p>
</main>
</body>
</html>
`;
}

function toText(c: MailContent, brand: Brand): string {
  const lines: string[] = [c.subject, '', c.greeting, ''];
  for (const block of c.blocks) {
    switch (block.kind) {
      case 'p':
      case 'note':
        lines.push(inlineText(block.content), '');
        break;
      case 'list':
        lines.push(...block.items.map((i) => `- ${i}`), '');
        break;
      case 'action':
        lines.push(`${block.label}:`, safeUrl(block.url), '');
        break;
    }
  }
  lines.push('--', AUTOMATIC, ...signature(brand), '');
  return lines.join('\n');
}

/** Renders a template to subject, HTML and text; `links` lists the URLs it contains. */
export function renderMail<T extends MailTemplateName>(
  template: T,
  data: MailTemplates[T],
  ctx: RenderContext,
): RenderedMail {
  const build = templates[template] as (d: MailTemplates[T], c: RenderContext) => MailContent;
  if (!build) throw new Error(`unknown mail template ${String(template)}`);
  const content = build(data, ctx);
  // Subjects are one line: no header injection.
  content.subject = content.subject.replace(/[\r\n]+/g, ' ').slice(0, 300);
  const links = [...new Set(content.blocks.flatMap((bl) => (bl.kind === 'action' ? [safeUrl(bl.url)] : [])))];
  return {
    subject: content.subject,
    html: toHtml(content, ctx.brand),
    text: toText(content, ctx.brand),
    links,
  };
}

/** Every template name (tests render each one). */
export const TEMPLATE_NAMES = Object.keys(templates) as MailTemplateName[];
