// The protocol's installation list as fixed-width text columns: one pre-formatted line per
// installation (a long address continues on the next line, under its column) in a monospace font.
// pdfmake then lays out plain lines instead of table cells, which was most of the render time of a
// 10,000-installation protocol (cells, line breaking and font shaping per cell). Runs in the PDF
// render thread (pdf-render.worker.mjs loads it with Node's own type stripping: erasable syntax only).
import { formatDateTimeShort } from '../mail/templates/format.ts';
import type { ProtocolInstallation } from './protocol-document.ts';

/** Courier is one of the PDF standard fonts: every character 0.6 em wide, nothing to embed or shape. */
export const ANNEX_FONT = 'Courier';
export const ANNEX_FONT_SIZE = 7;
/** Characters per line on A4 with the protocol's 40 pt side margins (515 pt / (0.6 × 7 pt)). */
export const ANNEX_LINE_CHARS = Math.floor((595.28 - 80) / (0.6 * ANNEX_FONT_SIZE));
const GAP = '  ';

const HEADERS = {
  number: 'Instalação',
  address: 'Endereço',
  cep: 'CEP',
  place: 'Cidade/UF',
  status: 'Situação',
};
const CEP_CHARS = 9;

/** One installation's lines: usually one; a long address or city continues under its column. */
export interface AnnexEntry {
  lines: string[];
  /** The installation was removed from the grant (its lines are drawn in the "retirada" colour). */
  revoked: boolean;
}

function formatCep(cep: string): string {
  return /^\d{8}$/.test(cep) ? `${cep.slice(0, 5)}-${cep.slice(5)}` : cep;
}

/** Street, number, complement and district (the CEP has its own column). */
export function installationAddress(i: ProtocolInstallation): string {
  return `${i.street}, ${i.streetNumber}${i.complement ? ` – ${i.complement}` : ''} – ${i.district}`;
}

export function installationSituation(i: ProtocolInstallation): string {
  return i.revokedAt ? `Retirada em ${formatDateTimeShort(i.revokedAt)}` : 'Incluída';
}

/**
 * The standard fonts draw Windows-1252 only: letters outside it lose their accent (NFD) or stroke,
 * anything else becomes "?", so an unusual character never breaks the document or its columns.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters with a stroke have no decomposition: their plain letter. */
const STROKED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};
export function toWinAnsi(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (STROKED[ch]) out += STROKED[ch];
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length === 1 && base.charCodeAt(0) < 0x7f && base.charCodeAt(0) >= 0x20 ? base : '?';
    }
  }
  return out;
}

/** Splits `text` into pieces of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines;
}

interface Widths {
  number: number;
  address: number;
  place: number;
}

/** Column widths from the data: the number, place and situation columns as wide as their content. */
function widthsFor(installations: readonly ProtocolInstallation[], lineChars: number): Widths {
  let number = HEADERS.number.length;
  let place = HEADERS.place.length;
  let status = HEADERS.status.length;
  for (const i of installations) {
    number = Math.max(number, i.number.length);
    place = Math.max(place, i.city.length + 1 + i.state.length);
    if (i.revokedAt) status = Math.max(status, installationSituation(i).length);
  }
  // The address keeps at least 40 characters; an unusually long city wraps like an address does.
  place = Math.min(place, 28);
  const address = Math.max(36, lineChars - number - CEP_CHARS - place - status - 4 * GAP.length);
  return { number, address, place };
}

function row(
  w: Widths,
  cells: [number: string, address: string, cep: string, place: string, status: string],
): string {
  const [number, address, cep, place, status] = cells;
  return [
    number.padEnd(w.number),
    address.padEnd(w.address),
    cep.padEnd(CEP_CHARS),
    place.padEnd(w.place),
    status,
  ]
    .join(GAP)
    .trimEnd();
}

/** The header line and one entry per installation, in the order given. */
export function annexLines(
  installations: readonly ProtocolInstallation[],
  lineChars = ANNEX_LINE_CHARS,
): { header: string; entries: AnnexEntry[] } {
  const w = widthsFor(installations, lineChars);
  const header = row(w, [HEADERS.number, HEADERS.address, HEADERS.cep, HEADERS.place, HEADERS.status]);
  const entries: AnnexEntry[] = [];
  for (const i of installations) {
    const lines: string[] = [];
    const address = wrapText(toWinAnsi(installationAddress(i)), w.address);
    const place = wrapText(toWinAnsi(`${i.city}/${i.state}`), w.place);
    const n = Math.max(address.length, place.length);
    for (let k = 0; k < n; k++) {
      const text =
        k === 0
          ? row(w, [
              toWinAnsi(i.number),
              address[0]!,
              toWinAnsi(formatCep(i.postalCode)),
              place[0]!,
              installationSituation(i),
            ])
          : row(w, ['', address[k] ?? '', '', place[k] ?? '', '']);
      lines.push(text);
    }
    entries.push({ lines, revoked: i.revokedAt !== null });
  }
  return { header, entries };
}

const ENTRIES_PER_BLOCK = 40;
const REVOKED_COLOR = '#9a1b1b';
const ANNEX_NODE = 'delegaAnnex';

/** The document node that stands for the installation list until the render thread expands it. */
export function annexPlaceholder(installations: readonly ProtocolInstallation[]): Record<string, unknown> {
  return { [ANNEX_NODE]: installations };
}

/**
 * The list as pdfmake nodes: blocks of ENTRIES_PER_BLOCK installations, each block one cell of a
 * one-column table whose header line repeats on every page the list covers (a few hundred cells of
 * plain lines instead of four cells per installation). An installation's lines stay on one page.
 */
export function installationTable(installations: readonly ProtocolInstallation[]): Record<string, unknown> {
  const { header, entries } = annexLines(installations);
  const node = (e: AnnexEntry) => {
    const color = e.revoked ? { color: REVOKED_COLOR } : {};
    if (e.lines.length === 1) return { text: e.lines[0], noWrap: true, ...color };
    return { stack: e.lines.map((text) => ({ text, noWrap: true })), unbreakable: true, ...color };
  };
  const body: unknown[][] = [[{ text: header, bold: true, fillColor: '#e8e8e8', noWrap: true }]];
  for (let start = 0; start < entries.length; start += ENTRIES_PER_BLOCK) {
    body.push([{ stack: entries.slice(start, start + ENTRIES_PER_BLOCK).map(node) }]);
  }
  return {
    table: { headerRows: 1, widths: ['*'], body },
    layout: 'noBorders',
    font: ANNEX_FONT,
    fontSize: ANNEX_FONT_SIZE,
    lineHeight: 1.15,
    preserveLeadingSpaces: true,
  };
}

/** Replaces the placeholders among the document's top-level content (render thread). */
export function expandAnnex(doc: { content?: unknown }): void {
  if (!Array.isArray(doc.content)) return;
  doc.content = doc.content.map((node: unknown) =>
    node && typeof node === 'object' && ANNEX_NODE in node
      ? installationTable((node as Record<string, ProtocolInstallation[]>)[ANNEX_NODE]!)
      : node,
  );
}
