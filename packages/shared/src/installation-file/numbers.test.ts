import { describe, expect, it } from 'vitest';
import { InstallationNumbers, parseInstallationCsvText } from './index.ts';

describe('the accepted numbers (InstallationNumbers)', () => {
  const lines = ['Nº Instalação', '007', '12', '007', '999999999999', '0'];
  for (let i = 0; i < 70_000; i++) lines.push(String(100_000 + i).padStart(10, '0'));
  const { numbers } = parseInstallationCsvText(lines.join('\n'));
  const all = ['007', '12', '999999999999', '0', ...lines.slice(6)];

  it('reads like a read-only array of strings, in file order, leading zeros kept', () => {
    expect(numbers).toBeInstanceOf(InstallationNumbers);
    expect(numbers.length).toBe(all.length);
    expect(numbers.at(0)).toBe('007');
    expect(numbers.at(2)).toBe('999999999999');
    expect(numbers.at(-1)).toBe(all.at(-1));
    expect(numbers.at(all.length)).toBeUndefined();
    expect([...numbers]).toEqual(all);
    expect(numbers.toArray()).toEqual(all);
    expect(JSON.parse(JSON.stringify({ numbers })) as unknown).toEqual({ numbers: all });
  });

  it('slices a page at a time, across its internal chunks, with Array.prototype.slice semantics', () => {
    for (const [a, b] of [
      [0, 1000],
      [32_000, 34_000],
      [65_000, 70_004],
      [-3, undefined],
      [5, 2],
      [-100_000, 2],
      [69_999, 1e9],
    ] as const) {
      expect(numbers.slice(a, b)).toEqual(all.slice(a, b));
    }
    expect(numbers.slice()).toEqual(all);
  });
});
