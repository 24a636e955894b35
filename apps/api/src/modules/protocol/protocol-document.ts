// The protocol PDF's content as a pdfmake document definition: plain JSON (no functions), built on
// the main thread from database data and rendered in a worker thread.
import { DEFAULT_BRAND, type Brand } from '@delega/shared/brand';
import { maskCpf, maskDocument } from '@delega/shared/documents';
import { inviteValidityText } from '@delega/shared/invites';
import { formatDateTime, formatInteger, installationsLabel } from '../mail/templates/format.ts';
import { annexPlaceholder } from './protocol-annex.ts';
import { titularTermsText } from './titular-terms.ts';

/** The grant's status as shown to people; INVITED past its expiry is EXPIRED (judged by the DB clock). */
export type LiveStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED' | 'REVOKED';

const DEFAULT_INVITE_TTL_HOURS = 12;

export const STATUS_LABELS: Record<LiveStatus, string> = {
  INVITED: 'Convite enviado, aguardando resposta',
  ACCEPTED: 'Aceito: acesso concedido',
  DECLINED: 'Recusado pela pessoa convidada',
  EXPIRED: 'Expirado: não foi aceito a tempo',
  CANCELLED: 'Cancelado pelo titular',
  REVOKED: 'Encerrado: permissão de acesso retirada',
};

export interface ProtocolInstallation {
  number: string;
  street: string;
  streetNumber: string;
  complement: string | null;
  district: string;
  city: string;
  state: string;
  postalCode: string;
  revokedAt: Date | null;
}

export interface ProtocolData {
  protocolNumber: string;
  verificationCode: string;
  status: LiveStatus;
  createdAt: Date;
  inviteExpiresAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  titular: { fullName: string; cpf: string };
  partner: { number: string; name: string; document: string };
  invitee: { fullName: string; cpf: string; email: string };
  titularTermsVersion: string;
  /** Versions the invitee accepted (null until accepted). */
  inviteeTermsVersions?: { permission: string | null; platform: string | null };
  /** Prazo da permissão; null: until revoked. */
  validUntil?: Date | null;
  /** "O que a pessoa poderá fazer", as labels (absent: not shown). */
  scopes?: string[];
  installations: ProtocolInstallation[];
}

/** How the document is built: from configuration, never hard-coded. */
export interface ProtocolOptions {
  portalUrl: string;
  generatedAt: Date;
  /** INVITE_TTL_HOURS (default 12). */
  inviteTtlHours?: number;
  /** PRODUCT_NAME and DISTRIBUTOR_NAME (the terms and the PDF's metadata name them); defaults from shared. */
  brand?: Brand;
}

export function verificationUrl(portalUrl: string, code: string): string {
  return `${portalUrl.replace(/\/+$/, '')}/protocolo/${encodeURIComponent(code)}`;
}

const COLORS = { text: '#1f1f1f', muted: '#555555', rule: '#bbbbbb', accent: '#0b5394', revoked: '#9a1b1b' };

/** Label/value pairs as a two-column borderless table. */
function fields(rows: Array<[string, string]>): Record<string, unknown> {
  return {
    table: {
      widths: [90, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: COLORS.muted },
        { text: value, bold: true },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

const heading = (text: string) => ({ text, style: 'h2' });

/** Situação, dates and validity of the grant. */
function statusRows(d: ProtocolData, inviteTtlHours: number): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [
      'Situação',
      d.status === 'EXPIRED'
        ? `Expirado: não foi aceito em ${inviteValidityText(inviteTtlHours)}`
        : STATUS_LABELS[d.status],
    ],
    ['Convite enviado em', formatDateTime(d.createdAt)],
    [
      'Validade do convite',
      `${inviteValidityText(inviteTtlHours)}, até ${formatDateTime(d.inviteExpiresAt)}`,
    ],
    [
      'Prazo da permissão',
      d.validUntil ? `Até ${formatDateTime(d.validUntil)}` : 'Até ser retirada pelo titular',
    ],
  ];
  if (d.scopes?.length) rows.push(['O que a pessoa poderá fazer', d.scopes.join('; ')]);
  if (d.acceptedAt) rows.push(['Aceito em', formatDateTime(d.acceptedAt)]);
  if (d.endedAt) rows.push(['Encerrado em', formatDateTime(d.endedAt)]);
  rows.push(['Termos aceitos', termsVersionsText(d)]);
  return rows;
}

/** The versions of the terms both people accepted, as recorded with the grant. */
function termsVersionsText(d: ProtocolData): string {
  const titular = `Titular: Termos da Permissão de Acesso, versão ${d.titularTermsVersion}`;
  const v = d.inviteeTermsVersions;
  if (!v?.permission) return `${titular}. Pessoa convidada: ainda não aceitou.`;
  return `${titular}. Pessoa convidada: Termos da Permissão de Acesso, versão ${v.permission}; Termos de Uso das Plataformas, versão ${v.platform ?? '—'}.`;
}

/**
 * Installations: a placeholder the render thread expands into fixed-width lines (protocol-annex.ts),
 * so the formatting of 10,000 lines never runs on the event loop that serves requests.
 */
function installationList(d: ProtocolData): unknown[] {
  return d.installations.length ? [annexPlaceholder(d.installations)] : [];
}

/** Title, protocol number and dates, beside the QR code of the verification link. */
function titleBlock(d: ProtocolData, url: string, generatedAt: Date): unknown {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: 'Protocolo de concessão de acesso', style: 'h1' },
          { text: `Protocolo nº ${d.protocolNumber}`, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
          { text: `Data e hora do convite: ${formatDateTime(d.createdAt)}`, margin: [0, 0, 0, 2] },
          {
            text: `Documento gerado em ${formatDateTime(generatedAt)}`,
            color: COLORS.muted,
            fontSize: 8,
          },
        ],
      },
      {
        width: 120,
        stack: [
          { qr: url, fit: 96, alignment: 'right', margin: [0, 0, 0, 4] },
          { text: 'Código de verificação', fontSize: 7, alignment: 'right', color: COLORS.muted },
          { text: d.verificationCode, fontSize: 8, bold: true, alignment: 'right' },
        ],
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** Titular and business partner side by side, then the invitee: masked documents only. */
function partiesBlocks(d: ProtocolData): unknown[] {
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            heading('Titular'),
            fields([
              ['Nome', d.titular.fullName],
              ['CPF', maskCpf(d.titular.cpf) ?? '—'],
            ]),
          ],
        },
        {
          width: '*',
          stack: [
            heading('Parceiro de negócio'),
            fields([
              ['Número', d.partner.number],
              ['Nome', d.partner.name],
              ['CPF/CNPJ', maskDocument(d.partner.document) ?? '—'],
            ]),
          ],
        },
      ],
      columnGap: 16,
    },
    heading('Pessoa convidada'),
    fields([
      ['Nome completo', d.invitee.fullName],
      ['CPF', maskCpf(d.invitee.cpf) ?? '—'],
      ['E-mail', d.invitee.email],
    ]),
  ];
}

/** The terms the titular agreed to, in the version recorded with the grant. */
function termsBlocks(d: ProtocolData, inviteTtlHours: number, distributor: string): unknown[] {
  const terms = titularTermsText(d.titularTermsVersion, inviteTtlHours, distributor);
  return [
    heading(`Termos aceitos pelo titular (versão ${d.titularTermsVersion})`),
    {
      text: `Ao enviar o convite, em ${formatDateTime(d.createdAt)}, o titular declarou estar ciente de que:`,
      margin: [0, 0, 0, 4],
    },
    { ol: [...terms.points], margin: [0, 0, 0, terms.known ? 8 : 2], fontSize: 8 },
    ...(terms.known
      ? []
      : [
          {
            text: 'Texto da versão vigente; a versão registrada não consta deste sistema.',
            color: COLORS.muted,
            fontSize: 8,
            margin: [0, 0, 0, 10],
          },
        ]),
  ];
}

/** pdfmake document definition (JSON) plus the footer text the render thread adds page numbers to. */
export function buildProtocolDocument(
  d: ProtocolData,
  opts: ProtocolOptions,
): { doc: Record<string, unknown>; footerText: string } {
  const url = verificationUrl(opts.portalUrl, d.verificationCode);
  const ttl = opts.inviteTtlHours ?? DEFAULT_INVITE_TTL_HOURS;
  const brand = opts.brand ?? DEFAULT_BRAND;
  const revoked = d.installations.filter((i) => i.revokedAt).length;
  const content: unknown[] = [
    titleBlock(d, url, opts.generatedAt),
    ...partiesBlocks(d),
    heading('Situação da permissão de acesso'),
    fields(statusRows(d, ttl)),
    ...termsBlocks(d, ttl, brand.distributor),
    heading('Verificação'),
    {
      text: [
        'Confira a autenticidade e a situação atual deste protocolo em ',
        { text: url, color: COLORS.accent, link: url },
        ` (código ${d.verificationCode}) ou pelo QR code no topo da primeira página.`,
      ],
      margin: [0, 0, 0, 10],
    },
    heading(
      `Instalações incluídas: ${installationsLabel(d.installations.length)}` +
        (revoked ? ` (${formatInteger(revoked)} ${revoked === 1 ? 'retirada' : 'retiradas'})` : ''),
    ),
    ...installationList(d),
  ];

  return {
    doc: {
      pageSize: 'A4',
      pageMargins: [40, 36, 40, 44],
      info: {
        title: `Protocolo ${d.protocolNumber}`,
        subject: 'Protocolo de concessão de acesso',
        creator: `${brand.product} – Portal do Cliente ${brand.distributor}`,
        producer: brand.product,
      },
      language: 'pt-BR',
      defaultStyle: { font: 'Roboto', fontSize: 9, color: COLORS.text, lineHeight: 1.1 },
      styles: {
        h1: { fontSize: 18, bold: true, color: COLORS.accent, margin: [0, 0, 0, 6] },
        h2: { fontSize: 10, bold: true, color: COLORS.accent, margin: [0, 4, 0, 3] },
        th: { bold: true, fillColor: '#e8e8e8' },
      },
      content,
    },
    footerText: `Protocolo nº ${d.protocolNumber} · código de verificação ${d.verificationCode}`,
  };
}
