// Prazo da permissão in the portal: "Até eu retirar" (null) or "Até" a date, at most 5 years ahead.
// A chosen date means the end of that day in Brasília (UTC−3 all year since 2019).

export const MAX_VALIDITY_YEARS = 5;

const longDate = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Today in Brasília as yyyy-mm-dd. */
export function todayInBrasilia(now = new Date()): string {
  return new Date(now.getTime() - 3 * 3600_000).toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date input's bounds: from tomorrow to 5 years from today. */
export function validityBounds(now = new Date()): { min: string; max: string } {
  const today = todayInBrasilia(now);
  const max = new Date(`${today}T12:00:00Z`);
  max.setUTCFullYear(max.getUTCFullYear() + MAX_VALIDITY_YEARS);
  return { min: addDays(today, 1), max: max.toISOString().slice(0, 10) };
}

/** The instant a chosen date ends (23:59:59 in Brasília), as the API takes it. */
export function endOfDay(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59-03:00`).toISOString();
}

/** The problem with a chosen date, in Portuguese, or undefined. */
export function validityDateError(isoDate: string, now = new Date()): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return 'Informe até quando a permissão vale.';
  const { min, max } = validityBounds(now);
  if (isoDate < min) return 'Escolha uma data a partir de amanhã.';
  if (isoDate > max) return `O prazo da permissão pode ser de no máximo ${MAX_VALIDITY_YEARS} anos.`;
  return undefined;
}

/** How a grant's validity reads: "Até 30 de junho de 2027" or "Até ser retirada". */
export function validityText(validUntil: string | null | undefined): string {
  if (!validUntil) return 'Até ser retirada';
  const d = new Date(validUntil);
  return Number.isNaN(d.getTime()) ? 'Até ser retirada' : `Até ${longDate.format(d)}`;
}

/** The yyyy-mm-dd (Brasília) of a stored end, for a date input. */
export function dateOf(validUntil: string): string {
  return todayInBrasilia(new Date(validUntil));
}
