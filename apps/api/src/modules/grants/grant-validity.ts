// Prazo da permissão: the end the titular chooses ("Até eu retirar" is null). At most 5 years ahead,
// like Receita's procuração eletrônica; never before the invite itself could be answered.

/** The longest validity a titular may choose, in years. */
export const MAX_VALIDITY_YEARS = 5;

/** The latest end allowed now: 5 calendar years ahead, plus a day for "até o fim do dia" in any zone. */
export function latestValidUntil(now: Date): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() + MAX_VALIDITY_YEARS);
  return new Date(d.getTime() + 86_400_000);
}

/**
 * The Portuguese problem with a chosen end, or null when it is fine. `earliest`: the end must come
 * after it (the invite's expiry when inviting; now when changing an accepted grant).
 */
export function validUntilProblem(value: Date, now: Date, earliest: Date): string | null {
  if (Number.isNaN(value.getTime())) return 'Informe uma data válida para o prazo da permissão.';
  if (value.getTime() <= earliest.getTime()) {
    return 'Escolha uma data futura para o prazo da permissão (a partir de amanhã).';
  }
  if (value.getTime() > latestValidUntil(now).getTime()) {
    return `O prazo da permissão pode ser de no máximo ${MAX_VALIDITY_YEARS} anos.`;
  }
  return null;
}
