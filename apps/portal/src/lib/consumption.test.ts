import { describe, expect, test } from 'vitest';
import {
  averageKwh,
  consumptionFigures,
  describeChange,
  niceScale,
  sameMonthYearBefore,
  yearOverYear,
  type MonthKwh,
} from './consumption.ts';

/** 24 months from 2024-12 to 2026-11, kWh = 100 + month index. */
function months(count = 24, start = [2024, 12] as const): MonthKwh[] {
  const out: MonthKwh[] = [];
  let [y, m] = start as readonly [number, number];
  for (let i = 0; i < count; i++) {
    out.push({ referenceMonth: `${y}-${String(m).padStart(2, '0')}-01`, kwh: 100 + i });
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

describe('the chart shows the last 12 months, oldest first', () => {
  test('from 24 months given newest first', () => {
    const f = consumptionFigures(months().reverse());
    expect(f.shown.map((p) => p.referenceMonth.slice(0, 7))).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  test('fewer months than 12: all of them', () => {
    expect(consumptionFigures(months(5)).shown).toHaveLength(5);
  });
});

describe('average', () => {
  test('of the shown months only, rounded to whole kWh', () => {
    // Last 12 of 24: kWh 112..123 → average 117.5 → 118.
    expect(consumptionFigures(months()).average).toBe(118);
    expect(
      averageKwh([
        { referenceMonth: '2026-01', kwh: 100 },
        { referenceMonth: '2026-02', kwh: 101 },
      ]),
    ).toBe(101);
  });

  test('no months: no average', () => {
    expect(consumptionFigures([]).average).toBeNull();
  });
});

describe('comparison with the same month a year earlier', () => {
  test('the newest month against the one 12 months before, as a whole percent', () => {
    const y = yearOverYear([
      { referenceMonth: '2025-11-01', kwh: 200 },
      { referenceMonth: '2026-10-01', kwh: 50 },
      { referenceMonth: '2026-11-01', kwh: 230 },
    ]);
    expect(y).toEqual({
      month: '2026-11',
      kwh: 230,
      previousMonth: '2025-11',
      previousKwh: 200,
      changePercent: 15,
    });
    expect(describeChange(y!)).toBe('15% a mais que em nov/25');
  });

  test('less, the same, and an earlier month without consumption', () => {
    const less = yearOverYear([
      { referenceMonth: '2025-03', kwh: 300 },
      { referenceMonth: '2026-03', kwh: 240 },
    ])!;
    expect(less.changePercent).toBe(-20);
    expect(describeChange(less)).toBe('20% a menos que em mar/25');
    const same = yearOverYear([
      { referenceMonth: '2025-03', kwh: 300 },
      { referenceMonth: '2026-03', kwh: 300 },
    ])!;
    expect(describeChange(same)).toBe('o mesmo que em mar/25');
    const zero = yearOverYear([
      { referenceMonth: '2025-03', kwh: 0 },
      { referenceMonth: '2026-03', kwh: 300 },
    ])!;
    expect(zero.changePercent).toBeNull();
    expect(describeChange(zero)).toBe('sem consumo em mar/25 para comparar');
  });

  test('uses months beyond the 12 shown (a 24-month answer)', () => {
    const y = consumptionFigures(months()).yearOverYear!;
    expect([y.month, y.kwh, y.previousMonth, y.previousKwh]).toEqual(['2026-11', 123, '2025-11', 111]);
    expect(y.changePercent).toBe(11);
  });

  test('no month a year earlier: no comparison', () => {
    expect(consumptionFigures(months(12)).yearOverYear).toBeNull();
    expect(yearOverYear([])).toBeNull();
  });

  test('January goes back to January of the year before', () => {
    expect(sameMonthYearBefore('2026-01-01')).toBe('2025-01');
  });
});

describe('scale', () => {
  test('round maximum at or above the largest month, five ticks from zero', () => {
    expect(niceScale(460)).toEqual({ max: 500, ticks: [0, 125, 250, 375, 500] });
    expect(niceScale(123)).toEqual({ max: 160, ticks: [0, 40, 80, 120, 160] });
    expect(niceScale(80)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(niceScale(2300).max).toBeGreaterThanOrEqual(2300);
  });

  test('all zero: a default scale, never a division by zero', () => {
    expect(niceScale(0).max).toBeGreaterThan(0);
  });
});
