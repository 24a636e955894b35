import { describe, expect, it } from 'vitest';
import { ANNEX_LINE_CHARS, annexLines, toWinAnsi, wrapText } from './protocol-annex.ts';
import type { ProtocolInstallation } from './protocol-document.ts';

const installation = (over: Partial<ProtocolInstallation> = {}): ProtocolInstallation => ({
  number: '4000000001',
  street: 'Rua Conceição',
  streetNumber: '12',
  complement: null,
  district: 'Cambuí',
  city: 'Campinas',
  state: 'SP',
  postalCode: '13010123',
  revokedAt: null,
  ...over,
});

describe('protocol annex (fixed-width columns)', () => {
  it('puts every column of every line where its header starts', () => {
    const { header, entries } = annexLines([
      installation(),
      installation({
        number: '4000000002',
        city: 'São José do Rio Preto',
        revokedAt: new Date('2026-11-27T14:06:00Z'),
      }),
    ]);
    const starts = ['Endereço', 'CEP', 'Cidade/UF', 'Situação'].map((h) => header.indexOf(h));
    const [first, second] = entries.map((e) => e.lines[0]!);
    expect(first!.slice(starts[0], starts[0]! + 20)).toBe('Rua Conceição, 12 – ');
    expect(first!.slice(starts[1], starts[1]! + 9)).toBe('13010-123');
    expect(first!.slice(starts[2]).startsWith('Campinas/SP')).toBe(true);
    expect(first!.slice(starts[3])).toBe('Incluída');
    expect(second!.slice(starts[2]).startsWith('São José do Rio Preto/SP')).toBe(true);
    expect(second!.slice(starts[3])).toBe('Retirada em 27/11/2026 às 11:06');
    expect(entries.map((e) => e.revoked)).toEqual([false, true]);
    for (const l of [header, first!, second!]) expect(l.length).toBeLessThanOrEqual(ANNEX_LINE_CHARS);
  });

  it('continues a long address under its own column, never past the line', () => {
    const { header, entries } = annexLines([
      installation({
        street: 'Avenida Doutor Heitor Penteado de Almeida Prado Filho',
        complement: 'Bloco C, Apartamento 1204',
        district: 'Jardim Nossa Senhora Auxiliadora',
      }),
    ]);
    const lines = entries[0]!.lines;
    expect(lines.length).toBeGreaterThan(1);
    const col = header.indexOf('Endereço');
    for (const l of lines.slice(1)) {
      expect(l.slice(0, col).trim()).toBe('');
      expect(l[col]).not.toBe(' ');
    }
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(ANNEX_LINE_CHARS);
    const address = lines.map((l) => l.slice(col, header.indexOf('CEP')).trim()).join(' ');
    expect(address).toBe(
      'Avenida Doutor Heitor Penteado de Almeida Prado Filho, 12 – Bloco C, Apartamento 1204 – Jardim Nossa Senhora Auxiliadora',
    );
  });

  it('wraps at spaces, and cuts a word longer than the column', () => {
    expect(wrapText('Rua das Flores Amarelas', 10)).toEqual(['Rua das', 'Flores', 'Amarelas']);
    expect(wrapText('Abcdefghijklmno', 6)).toEqual(['Abcdef', 'ghijkl', 'mno']);
  });

  it('keeps Portuguese as it is and replaces what the standard font cannot draw', () => {
    expect(toWinAnsi('Conceição – São José, nº 12 “A”')).toBe('Conceição – São José, nº 12 “A”');
    expect(toWinAnsi('Erdős Łódź Đorđe 東')).toBe('Erdos Lódz Dorde ?');
  });
});
