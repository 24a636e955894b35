import { cnpj as libCnpj, cpf as libCpf } from 'cpf-cnpj-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCnpj,
  formatCpf,
  isValidCnpj,
  isValidCpf,
  maskCnpj,
  maskCpf,
  normalizeCnpj,
  normalizeCpf,
} from './index.ts';

const RUNS = 20_000;
const digit = fc.constantFrom(...'0123456789');
const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const str = (ch: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(ch, { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Independent reference straight from the IN RFB 2.229/2024 text (value = ASCII − 48). */
function referenceCnpj(s: string): boolean {
  if (!/^[0-9A-Z]{12}[0-9]{2}$/.test(s) || /^(.)\1*$/.test(s)) return false;
  const v = [...s].map((c) => c.charCodeAt(0) - 48);
  const dv = (n: number) => {
    let sum = 0;
    let w = 2;
    for (let i = n - 1; i >= 0; i--) {
      sum += v[i]! * w;
      w = w === 9 ? 2 : w + 1;
    }
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return dv(12) === v[12] && dv(13) === v[13];
}

/** Appends correct check digits half the time, so both outcomes are well covered. */
const cpfCandidates = fc.oneof(
  str(digit, 11, 11),
  str(digit, 9, 9).map((b) => {
    const d = [...b].map(Number);
    const dv = (n: number) => {
      const s = d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0);
      return ((s * 10) % 11) % 10;
    };
    d.push(dv(9));
    d.push(dv(10));
    return d.join('');
  }),
);
const withDv = (base: string) => {
  for (let a = 0; a < 10; a++)
    for (let b = 0; b < 10; b++) if (referenceCnpj(base + a + b)) return base + a + b;
  return base + '00';
};
const cnpjNumeric = fc.oneof(str(digit, 14, 14), str(digit, 12, 12).map(withDv));
const cnpjAlnum = fc.oneof(
  str(alnum, 12, 12).chain((b) => str(digit, 2, 2).map((d) => b + d)),
  str(alnum, 12, 12).map(withDv),
);

describe('property: agreement with independent implementations', () => {
  it('CPF matches cpf-cnpj-validator', () => {
    fc.assert(
      fc.property(cpfCandidates, (s) => {
        expect(isValidCpf(s)).toBe(libCpf.isValid(s));
        expect(isValidCpf(formatCpf(s)!)).toBe(libCpf.isValid(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('numeric CNPJ matches cpf-cnpj-validator and the reference', () => {
    fc.assert(
      fc.property(cnpjNumeric, (s) => {
        expect(isValidCnpj(s)).toBe(libCnpj.isValid(s));
        expect(isValidCnpj(s)).toBe(referenceCnpj(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('alphanumeric CNPJ matches cpf-cnpj-validator (which supports it) and the spec reference', () => {
    fc.assert(
      fc.property(cnpjAlnum, fc.boolean(), (s, lower) => {
        const input = lower ? s.toLowerCase() : s;
        expect(isValidCnpj(input)).toBe(referenceCnpj(s));
        expect(isValidCnpj(s)).toBe(libCnpj.isValid(s));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: format/normalize/mask', () => {
  const separators = fc.constantFrom('', '.', '-', '/', ' ', '\u00a0', '\t');
  const sprinkle = (s: string) =>
    fc
      .array(separators, { minLength: s.length + 1, maxLength: s.length + 1 })
      .map((seps) => [...s].map((c, i) => seps[i] + c).join('') + seps[s.length]);

  it('CPF: format(normalize(x)) round-trips through any separators', () => {
    fc.assert(
      fc.property(
        cpfCandidates.chain((s) => sprinkle(s).map((x) => [s, x] as const)),
        ([s, x]) => {
          expect(normalizeCpf(x)).toBe(s);
          expect(normalizeCpf(formatCpf(x)!)).toBe(s);
          expect(formatCpf(formatCpf(x)!)).toBe(formatCpf(s));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('CNPJ: format(normalize(x)) round-trips, lower case included', () => {
    fc.assert(
      fc.property(
        cnpjAlnum.chain((s) => sprinkle(s.toLowerCase()).map((x) => [s, x] as const)),
        ([s, x]) => {
          expect(normalizeCnpj(x)).toBe(s);
          expect(normalizeCnpj(formatCnpj(x)!)).toBe(s);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('masks never reveal hidden positions', () => {
    fc.assert(
      fc.property(cpfCandidates, cpfCandidates, (a, b) => {
        // Two CPFs equal on the shown positions 4–9 get the same mask: hidden digits do not leak.
        const b2 = b.slice(0, 3) + a.slice(3, 9) + b.slice(9);
        expect(maskCpf(a)).toBe(maskCpf(b2));
        expect(maskCpf(a)).toMatch(/^\*\*\*\.\d{3}\.\d{3}-\*\*$/);
      }),
      { numRuns: 5_000 },
    );
    fc.assert(
      fc.property(cnpjAlnum, cnpjAlnum, (a, b) => {
        const b2 = a.slice(0, 5) + b.slice(5, 12) + a.slice(12);
        expect(maskCnpj(a)).toBe(maskCnpj(b2));
        expect(maskCnpj(a)).toMatch(/^[0-9A-Z]{2}\.[0-9A-Z]{3}\.\*\*\*\/\*\*\*\*-\d{2}$/);
      }),
      { numRuns: 5_000 },
    );
  });

  it('anything outside digits/letters/separators is never silently dropped', () => {
    fc.assert(
      fc.property(
        cnpjAlnum,
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom('!', ',', '_', 'é', '０', '\u200b'),
        (s, at, bad) => {
          const x = s.slice(0, at) + bad + s.slice(at);
          expect(isValidCnpj(x)).toBe(false);
          expect(normalizeCnpj(x)).toBeNull();
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
