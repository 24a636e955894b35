// What a month's consumption costs a low-voltage (grupo B) customer: an all-in energy rate per kWh
// (TE + TUSD with ICMS, PIS and COFINS) plus the month's tariff flag, a minimum billed consumption
// (custo de disponibilidade) and the municipal public-lighting contribution. Figures are the demo's,
// in the range of São Paulo distributors in 2026 (about R$ 0,80 to R$ 1,00 per kWh in all).
import { CustomerClass } from '../customers/installation.entity.ts';

export type TariffFlag = 'GREEN' | 'YELLOW' | 'RED_1' | 'RED_2';

export const TARIFF_FLAG_LABELS: Record<TariffFlag, string> = {
  GREEN: 'Bandeira verde',
  YELLOW: 'Bandeira amarela',
  RED_1: 'Bandeira vermelha – patamar 1',
  RED_2: 'Bandeira vermelha – patamar 2',
};

/** Extra R$ per kWh under each flag, taxes included. */
const FLAG_SURCHARGE: Record<TariffFlag, number> = { GREEN: 0, YELLOW: 0.025, RED_1: 0.055, RED_2: 0.095 };

/** The dry season (May–November) raises thermal generation and with it the flag. */
const FLAG_BY_MONTH: readonly TariffFlag[] = [
  'GREEN', // jan
  'GREEN',
  'GREEN',
  'GREEN',
  'YELLOW', // mai
  'RED_1',
  'RED_1',
  'RED_2', // ago
  'RED_2',
  'RED_1',
  'YELLOW', // nov
  'GREEN',
];

interface ClassTariff {
  /** R$ per kWh, taxes included, green flag. */
  rate: number;
  /** kWh billed at least (biphasic 50, triphasic 100, rural single-phase 30). */
  minimumKwh: number;
  /** Contribuição de iluminação pública, centavos. */
  publicLightingCentavos: number;
}

export const CLASS_TARIFFS: Record<CustomerClass, ClassTariff> = {
  [CustomerClass.RESIDENTIAL]: { rate: 0.84, minimumKwh: 50, publicLightingCentavos: 1187 },
  [CustomerClass.COMMERCIAL]: { rate: 0.87, minimumKwh: 100, publicLightingCentavos: 2345 },
  [CustomerClass.INDUSTRIAL]: { rate: 0.86, minimumKwh: 100, publicLightingCentavos: 3870 },
  [CustomerClass.RURAL]: { rate: 0.8, minimumKwh: 30, publicLightingCentavos: 612 },
};

/** The flag of a reference month (`YYYY-MM…`). */
export function tariffFlag(referenceMonth: string): TariffFlag {
  return FLAG_BY_MONTH[Number(referenceMonth.slice(5, 7)) - 1] ?? 'GREEN';
}

/** R$ per kWh for a class in a month, flag included. */
export function energyRate(customerClass: CustomerClass, referenceMonth: string): number {
  return CLASS_TARIFFS[customerClass].rate + FLAG_SURCHARGE[tariffFlag(referenceMonth)];
}

/** The bill's total in centavos for a month's measured consumption. */
export function billAmountCentavos(
  customerClass: CustomerClass,
  referenceMonth: string,
  consumptionKwh: number,
): number {
  const t = CLASS_TARIFFS[customerClass];
  const billed = Math.max(consumptionKwh, t.minimumKwh);
  return Math.round(billed * energyRate(customerClass, referenceMonth) * 100) + t.publicLightingCentavos;
}
