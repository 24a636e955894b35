// The figures behind "Histórico de consumo": which months the chart shows, their average, the
// comparison with the same month a year earlier, and the chart's scale. Plain TypeScript so the numbers
// a customer reads are unit-tested apart from the SVG.
import { formatShortMonth } from '@delega/shared/billing';

export interface MonthKwh {
  /** `YYYY-MM` or `YYYY-MM-01`. */
  referenceMonth: string;
  kwh: number;
}

export interface YearOverYear {
  month: string;
  kwh: number;
  previousMonth: string;
  previousKwh: number;
  /** Whole percent, signed (+12 = 12% more); null when the earlier month had no consumption. */
  changePercent: number | null;
}

export interface ConsumptionFigures {
  /** The chart's months, oldest first (at most `months`). */
  shown: MonthKwh[];
  /** Rounded average of the shown months; null when there is none. */
  average: number | null;
  yearOverYear: YearOverYear | null;
  scale: { max: number; ticks: number[] };
}

/** `2026-03-01` → `2026-03`. */
export function monthKey(month: string): string {
  return month.slice(0, 7);
}

/** `2026-03` → `2025-03`. */
export function sameMonthYearBefore(month: string): string {
  const [y, m] = monthKey(month).split('-');
  return `${String(Number(y) - 1).padStart(4, '0')}-${m}`;
}

/** Months sorted oldest first, one per month (the later entry wins a duplicate). */
export function byMonth(points: readonly MonthKwh[]): MonthKwh[] {
  const map = new Map<string, MonthKwh>();
  for (const p of points) map.set(monthKey(p.referenceMonth), p);
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

export function averageKwh(points: readonly MonthKwh[]): number | null {
  if (points.length === 0) return null;
  return Math.round(points.reduce((sum, p) => sum + p.kwh, 0) / points.length);
}

/** The newest month against the same month a year earlier, when both are known. */
export function yearOverYear(points: readonly MonthKwh[]): YearOverYear | null {
  const sorted = byMonth(points);
  const latest = sorted.at(-1);
  if (!latest) return null;
  const before = sameMonthYearBefore(latest.referenceMonth);
  const previous = sorted.find((p) => monthKey(p.referenceMonth) === before);
  if (!previous) return null;
  return {
    month: monthKey(latest.referenceMonth),
    kwh: latest.kwh,
    previousMonth: before,
    previousKwh: previous.kwh,
    changePercent: previous.kwh === 0 ? null : Math.round(((latest.kwh - previous.kwh) / previous.kwh) * 100),
  };
}

/** A round axis maximum at or above `max` (steps of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 or 7.5 × 10ⁿ) and its five ticks from 0. */
export function niceScale(max: number): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 100, ticks: [0, 25, 50, 75, 100] };
  const roughStep = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(roughStep));
  const step =
    [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10].map((f) => f * magnitude).find((s) => s * 4 >= max) ??
    10 * magnitude;
  const ticks = [0, 1, 2, 3, 4].map((i) => Math.round(i * step * 100) / 100);
  return { max: ticks[4]!, ticks };
}

/** Everything the chart and its summary show, from the months the API returned (any order). */
export function consumptionFigures(points: readonly MonthKwh[], months = 12): ConsumptionFigures {
  const shown = byMonth(points).slice(-months);
  return {
    shown,
    average: averageKwh(shown),
    yearOverYear: yearOverYear(points),
    scale: niceScale(Math.max(0, ...shown.map((p) => p.kwh))),
  };
}

/** "12% a mais que em mar/25", "5% a menos que em mar/25", "o mesmo que em mar/25". */
export function describeChange(y: YearOverYear): string {
  const when = formatShortMonth(y.previousMonth);
  if (y.changePercent === null) return `sem consumo em ${when} para comparar`;
  if (y.changePercent === 0) return `o mesmo que em ${when}`;
  const n = Math.abs(y.changePercent).toLocaleString('pt-BR');
  return `${n}% a ${y.changePercent > 0 ? 'mais' : 'menos'} que em ${when}`;
}
