import { describe, expect, it } from 'vitest';
import {
  detectDocumentKind,
  formatCnpj,
  formatCpf,
  formatDocument,
  generateCnpj,
  generateCpf,
  isValidCnpj,
  isValidCpf,
  isValidDocument,
  maskCnpj,
  maskCpf,
  maskDocument,
  normalizeCnpj,
  normalizeCpf,
} from './index.ts';

describe('CPF', () => {
  it('validates fixed examples', () => {
    for (const v of [
      '529.982.247-25',
      '52998224725',
      ' 529 982 247 25 ',
      '529\u00a0982\u00a0247-25',
      '111.444.777-35',
    ]) {
      expect(isValidCpf(v), v).toBe(true);
    }
    for (const v of [
      '529.982.247-24',
      '000.000.000-00',
      '11111111111',
      '5299822472',
      '529982247250',
      '529.982.247-2a',
      '529,982,247-25',
      '５２９９８２２４７２５', // full-width digits
      '',
    ]) {
      expect(isValidCpf(v), v).toBe(false);
    }
  });

  it('normalizes, formats and masks', () => {
    expect(normalizeCpf('529.982.247-25')).toBe('52998224725');
    expect(normalizeCpf('529\u2009982\u3000247/25')).toBe('52998224725');
    expect(normalizeCpf('529.982.247-2A')).toBeNull();
    expect(normalizeCpf('529_982')).toBeNull();
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
    expect(formatCpf('5299822472')).toBeNull();
    expect(maskCpf('529.982.247-25')).toBe('***.982.247-**');
  });
});

describe('CNPJ', () => {
  const valid = [
    '12ABC34501DE35',
    'Q2GROWP7000185',
    '6A3EDMWP000168',
    '00000000E08G12',
    '12.ABC.345/01DE-35',
    '11.222.333/0001-81',
  ];
  it('validates the RFB alphanumeric examples and numeric ones', () => {
    for (const v of valid) expect(isValidCnpj(v), v).toBe(true);
  });

  it('rejects the A=10 mistake, same-character numbers, letters in check digits, other characters', () => {
    for (const v of [
      'LBNXQOB5000163',
      '11111111111111',
      '00000000000000',
      'AAAAAAAAAAAA00',
      '12ABC34501DEA5',
      '12ABC34501DE3',
      '12ABC34501DE355',
      '12.ABC.345/01DE-36',
      '12ÁBC34501DE35',
      '12ABC34501DE3５',
      '12ABC345_01DE35',
    ]) {
      expect(isValidCnpj(v), v).toBe(false);
    }
  });

  it('accepts lower case after upper-casing, and white space incl. NBSP', () => {
    expect(isValidCnpj('12abc34501de35')).toBe(true);
    expect(isValidCnpj('12.abc.345/01de-35')).toBe(true);
    expect(isValidCnpj('\u00a012 ABC 345 01DE 35\t')).toBe(true);
    expect(normalizeCnpj('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(normalizeCnpj('12.abc.345/01de-35!')).toBeNull();
  });

  it('formats and masks (LGPD: keep 5 root characters and the check digits)', () => {
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(formatCnpj('12ABC34501DEX5')).toBeNull();
    expect(maskCnpj('12ABC34501DE35')).toBe('12.ABC.***/****-35');
    expect(maskCnpj('11222333000181')).toBe('11.222.***/****-81');
  });
});

describe('documents', () => {
  it('detects kind by shape', () => {
    expect(detectDocumentKind('529.982.247-25')).toBe('CPF');
    expect(detectDocumentKind('12.ABC.345/01DE-35')).toBe('CNPJ');
    expect(detectDocumentKind('11222333000181')).toBe('CNPJ');
    expect(detectDocumentKind('1234')).toBeNull();
    expect(detectDocumentKind('5299822472A')).toBeNull();
  });

  it('validates, formats and masks either kind', () => {
    expect(isValidDocument('529.982.247-25')).toBe(true);
    expect(isValidDocument('12ABC34501DE35')).toBe(true);
    expect(isValidDocument('LBNXQOB5000163')).toBe(false);
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
    expect(formatDocument('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(maskDocument('52998224725')).toBe('***.982.247-**');
    expect(maskDocument('12ABC34501DE35')).toBe('12.ABC.***/****-35');
    expect(maskDocument('x')).toBeNull();
  });

  it('generators are valid and deterministic with a seeded rng', () => {
    const seeded = () => {
      let s = 1;
      return () => {
        s = (s * 16807) % 2147483647;
        return s / 2147483647;
      };
    };
    expect(generateCpf(seeded())).toBe(generateCpf(seeded()));
    expect(generateCnpj({ alphanumeric: true }, seeded())).toBe(
      generateCnpj({ alphanumeric: true }, seeded()),
    );
    for (let i = 0; i < 1000; i++) {
      expect(isValidCpf(generateCpf())).toBe(true);
      expect(isValidCnpj(generateCnpj())).toBe(true);
      expect(isValidCnpj(generateCnpj({ alphanumeric: true }))).toBe(true);
    }
    expect(generateCnpj()).toMatch(/^\d{14}$/);
    // rng returning 0 always would give all-same digits: the generator must still terminate validly.
    let k = 0;
    const almostZero = () => (k++ % 13 === 5 ? 0.5 : 0);
    expect(isValidCpf(generateCpf(almostZero))).toBe(true);
  });
});
