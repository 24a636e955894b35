import { describe, expect, it } from 'vitest';
import { isInstallationHeader, isValidInstallationNumber, parseInstallationCsvText } from './index.ts';

describe('isInstallationHeader', () => {
  const accepted = [
    'Nº Instalação',
    'N° Instalação',
    'No. Instalacao',
    'Nº da Instalação',
    'Numero da instalação',
    'Número Instalação',
    'instalacao',
    'Instalação',
    'INSTALAÇÃO',
    'installation',
    'Installation number',
    'UC',
    'Unidade consumidora',
    'Nº UC',
    ' nº  instalação ',
    'Código da instalação',
  ];
  const refused = ['Nome', 'Nº', 'Endereço da instalação', 'CPF', '', 'Apelido'];
  for (const h of accepted) it(`accepts "${h}"`, () => expect(isInstallationHeader(h)).toBe(true));
  for (const h of refused) it(`refuses "${h}"`, () => expect(isInstallationHeader(h)).toBe(false));
});

describe('isValidInstallationNumber', () => {
  it('digits only, 1–12, leading zeros kept', () => {
    expect(isValidInstallationNumber('0')).toBe(true);
    expect(isValidInstallationNumber('000000000001')).toBe(true);
    expect(isValidInstallationNumber('1234567890123')).toBe(false);
    expect(isValidInstallationNumber('')).toBe(false);
    expect(isValidInstallationNumber('12 34')).toBe(false);
    expect(isValidInstallationNumber('１２３')).toBe(false); // full-width digits
  });
});

describe('parseInstallationCsvText (core, no limits)', () => {
  it('trims spaces and NBSP around numbers, accepts ="00123" (Excel text idiom)', () => {
    const r = parseInstallationCsvText('Nº Instalação;x\n  0012 ;a\n\u00a00013\u00a0;b\n="00123";c\n');
    expect(r.numbers.toArray()).toEqual(['0012', '0013', '00123']);
  });

  it('flags INVALID_NUMBER for letters, punctuation and too many digits', () => {
    const r = parseInstallationCsvText('Instalação\n12.345\nABC\n1234567890123\n12-3\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(Array(4).fill('INVALID_NUMBER'));
    expect(r.diagnostics.map((d) => d.row)).toEqual([2, 3, 4, 5]);
  });

  it('a quoted number with other quoted content', () => {
    const r = parseInstallationCsvText('"Obs";"Nº Instalação"\n"a ""b"" c";"0042"\n"";""\n');
    expect(r.numbers.toArray()).toEqual(['0042']);
    expect(r.diagnostics).toEqual([]);
  });

  it('rows missing the column count as EMPTY when they have other content', () => {
    const r = parseInstallationCsvText('Obs;Nº Instalação\nsó obs\n');
    expect(r.diagnostics).toMatchObject([{ row: 2, code: 'EMPTY' }]);
  });

  it('handles a final line without newline and an unterminated-but-short quote as corrupt', () => {
    expect(parseInstallationCsvText('Instalação\n1\n2').numbers.toArray()).toEqual(['1', '2']);
    expect(() => parseInstallationCsvText('Instalação\n"1\n')).toThrow(/linha 2/);
  });

  it('a lone pt-BR scientific number does not make "," the delimiter', () => {
    const r = parseInstallationCsvText('1,23457E+11\n0012\n');
    expect(r.numbers.toArray()).toEqual(['0012']);
    expect(r.diagnostics).toMatchObject([{ row: 1, code: 'EXCEL_NUMBER_FORMAT' }]);
  });

  it('handles 1M-row inputs when no limit is given (lower-level export)', () => {
    const lines = ['Nº Instalação'];
    for (let i = 0; i < 200_000; i++) lines.push(String(i).padStart(10, '0'));
    const r = parseInstallationCsvText(lines.join('\r\n'));
    expect(r.numbers.length).toBe(200_000);
    expect(() => parseInstallationCsvText(lines.join('\r\n'), { maxRows: 10 })).toThrow();
  });
});
