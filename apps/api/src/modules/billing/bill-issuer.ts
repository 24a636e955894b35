// Who issues the bills, as printed on them and encoded in their barcodes.
import { billFreeField, buildUtilityBarcode } from '@delega/shared/billing';

export const BILL_ISSUER = {
  name: 'CPFL Paulista',
  legalName: 'Companhia Paulista de Força e Luz',
  /**
   * The 4-digit company identification FEBRABAN assigns (barcode positions 16–19). `0000` is on
   * purpose no real company: demo bills must not be payable. Production uses the distributor's own
   * code (CPFL Paulista's is 0040) and should read it from configuration.
   */
  febrabanCode: '0000',
} as const;

/** The 44-digit barcode of one bill (segment 3, value in reais, módulo 10). */
export function billBarcode(bill: {
  amountCentavos: number;
  dueDate: string;
  installationNumber: string;
  /** `YYYY-MM` or `YYYY-MM-01`. */
  referenceMonth: string;
}): string {
  return buildUtilityBarcode({
    amountCentavos: bill.amountCentavos,
    companyCode: BILL_ISSUER.febrabanCode,
    freeField: billFreeField({
      dueDate: bill.dueDate,
      installationNumber: bill.installationNumber,
      referenceMonth: bill.referenceMonth.slice(0, 7),
    }),
  }).barcode;
}
