// Installation search: the stored `search_text` column and the user's query are normalised the same
// way (lower-case, accents and punctuation removed, spaces collapsed), so "conceicao" finds
// "Conceição" and "Rua Conceição, 233" finds "Rua Conceição 233".

/** Lower-case, accent-free text of letters and digits, single-spaced. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The `installation.search_text` value: "number street streetNumber district city UF", normalised. */
export function searchTextOf(parts: Array<string | null | undefined>): string {
  return normalizeSearchText(parts.filter(Boolean).join(' '));
}

/** Escapes LIKE/ILIKE wildcards (`%`, `_`) and the escape character itself (`\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
