// Our distributor's use of the barcode's 25-digit free field (positions 20–44). FEBRABAN leaves the
// field to the company and asks only that a due date, when present, come first as AAAAMMDD:
//    8 digits  due date, AAAAMMDD
//   12 digits  installation number, zero-padded on the left (INSTALLATION_NUMBER_RULE: 1 to 12 digits)
//    4 digits  reference month, AAMM
//    1 digit   issue: 0 for the bill as first issued, 1–9 for a re-issue (e.g. a new due date)
// So the barcode names the installation and the month it charges, and a bank's return file (which
// carries the barcode back) can be matched to the bill without a lookup table.

export const FREE_FIELD_LENGTH = 25;
export const FREE_FIELD_INSTALLATION_DIGITS = 12;

export interface BillFreeField {
  /** `YYYY-MM-DD`. */
  dueDate: string;
  /** Digits, leading zeros significant (1 to 12 digits). */
  installationNumber: string;
  /** `YYYY-MM`, from 2000-01 to 2099-12. */
  referenceMonth: string;
  /** 0 (default) as first issued, 1–9 for re-issues. */
  issue?: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^20(\d{2})-(\d{2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The 25 digits for a bill. Throws RangeError on a malformed date, month, number or issue. */
export function billFreeField(f: BillFreeField): string {
  const due = ISO_DATE.exec(f.dueDate);
  if (!due || !isRealDate(Number(due[1]), Number(due[2]), Number(due[3])))
    throw new RangeError('dueDate must be a real YYYY-MM-DD date');
  const ref = ISO_MONTH.exec(f.referenceMonth);
  if (!ref || Number(ref[2]) < 1 || Number(ref[2]) > 12)
    throw new RangeError('referenceMonth must be YYYY-MM between 2000-01 and 2099-12');
  if (!/^\d{1,12}$/.test(f.installationNumber))
    throw new RangeError(`installationNumber must be 1 to ${FREE_FIELD_INSTALLATION_DIGITS} digits`);
  const issue = f.issue ?? 0;
  if (!Number.isInteger(issue) || issue < 0 || issue > 9) throw new RangeError('issue must be 0 to 9');
  const number = f.installationNumber.padStart(FREE_FIELD_INSTALLATION_DIGITS, '0');
  return `${due[1]}${due[2]}${due[3]}${number}${ref[1]}${ref[2]}${issue}`;
}

/**
 * Reads our layout back. The installation number comes back zero-padded to 12 digits (padding cannot
 * be told from significant leading zeros). Null when the field does not follow our layout.
 */
export function parseBillFreeField(freeField: string): Required<BillFreeField> | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{12})(\d{2})(\d{2})(\d)$/.exec(freeField);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  if (Number(m[6]) < 1 || Number(m[6]) > 12) return null;
  return {
    dueDate: `${m[1]}-${m[2]}-${m[3]}`,
    installationNumber: m[4]!,
    referenceMonth: `20${m[5]}-${m[6]}`,
    issue: Number(m[7]),
  };
}
