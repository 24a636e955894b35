// Text PostgreSQL can store: no U+0000 (refused by every text column) and no lone UTF-16 surrogate
// (not Unicode at all: it cannot be encoded as UTF-8 and would reach the database mangled).

export const UNSTORABLE_TEXT_MESSAGE =
  'Este campo contém caracteres que não podem ser usados. Apague-o e digite o texto novamente.';

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}
