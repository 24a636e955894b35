import { describe, expect, it } from 'vitest';
import { CustomerClass } from '../customers/installation.entity.ts';
import { CLASS_TARIFFS, billAmountCentavos, energyRate, tariffFlag } from './tariff.ts';

describe('tariff', () => {
  it('the all-in rate stays between R$ 0,80 and R$ 1,00 per kWh in every month and class', () => {
    for (const c of Object.values(CustomerClass))
      for (let m = 1; m <= 12; m++) {
        const rate = energyRate(c, `2026-${String(m).padStart(2, '0')}-01`);
        expect(rate).toBeGreaterThanOrEqual(0.8);
        expect(rate).toBeLessThanOrEqual(1);
      }
  });

  it('flags follow the dry season', () => {
    expect(tariffFlag('2026-01-01')).toBe('GREEN');
    expect(tariffFlag('2026-05-01')).toBe('YELLOW');
    expect(tariffFlag('2026-08-01')).toBe('RED_2');
  });

  it('a residential bill: 200 kWh in March (green) = 200 × 0,84 + R$ 11,87 of public lighting', () => {
    expect(billAmountCentavos(CustomerClass.RESIDENTIAL, '2026-03-01', 200)).toBe(16800 + 1187);
  });

  it('bills at least the minimum consumption (custo de disponibilidade)', () => {
    const minimum = CLASS_TARIFFS[CustomerClass.RESIDENTIAL].minimumKwh;
    expect(billAmountCentavos(CustomerClass.RESIDENTIAL, '2026-03-01', 10)).toBe(
      billAmountCentavos(CustomerClass.RESIDENTIAL, '2026-03-01', minimum),
    );
  });

  it('red flag months cost more for the same consumption', () => {
    expect(billAmountCentavos(CustomerClass.COMMERCIAL, '2026-08-01', 1000)).toBeGreaterThan(
      billAmountCentavos(CustomerClass.COMMERCIAL, '2026-02-01', 1000),
    );
  });
});
