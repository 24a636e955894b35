/**
 * Header matching. Normalisation: compatibility-decompose (º → o), drop accents, lower-case, keep only
 * a-z0-9. So "Nº Instalação", "N° Instalação", "No. Instalacao", "Número da instalação" all reduce to
 * a prefix (n, no, nr, numero, codigo, …), an optional "da/de/do" and the subject (instalacao, uc, …).
 */
export function normalizeHeader(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_PATTERN =
  /^(?:n|no|nr|nro|num|numero|number|cod|codigo|id)?(?:da|de|do|of|the)?(?:instalacao|instalacoes|instalac|installation|installations|inst|uc|unidadeconsumidora|unidadesconsumidoras)(?:n|no|nr|num|numero|number|id)?$/;

export function isInstallationHeader(value: string): boolean {
  if (value.length > 100) return false;
  const h = normalizeHeader(value);
  // Bare prefixes like "n" or "no" alone are not headers; the subject is required by the pattern.
  return h.length > 0 && HEADER_PATTERN.test(h);
}
