/** Installation numbers: digits only, leading zeros significant. */
const INSTALLATION_NUMBER_RE = /^\d{1,12}$/;

export function isInstallationNumber(s: string): boolean {
  return INSTALLATION_NUMBER_RE.test(s);
}

/** Numbers as typed or read from a file: trimmed, duplicates removed, first occurrence's order. */
export function uniqueNumbers(numbers: readonly string[]): string[] {
  return [...new Set(numbers.map((n) => String(n).trim()))];
}
