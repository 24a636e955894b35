// How long an invite link stays valid: the API's default for INVITE_TTL_HOURS and the portal's, and
// the one way every text says it ("válido por 12 horas").

/** Default validity of an invite link, in hours (INVITE_TTL_HOURS overrides it, in API and portal alike). */
export const INVITE_TTL_HOURS_DEFAULT = 12;

const NUMBER = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 2 });

/**
 * The validity in words: 12 → "12 horas", 1 → "1 hora", 1.5 → "1,5 hora", 0.5 → "30 minutos".
 * (pt-BR: the singular up to, not including, 2.)
 */
export function inviteValidityText(hours: number): string {
  if (!Number.isFinite(hours) || hours <= 0) throw new RangeError(`invalid invite validity: ${hours}`);
  if (hours < 1) {
    const minutes = Math.max(1, Math.round(hours * 60));
    return `${NUMBER.format(minutes)} ${minutes === 1 ? 'minuto' : 'minutos'}`;
  }
  return `${NUMBER.format(hours)} ${hours < 2 ? 'hora' : 'horas'}`;
}

export * from './terms.ts';
