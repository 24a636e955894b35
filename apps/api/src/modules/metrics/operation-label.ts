// Bounded label values for client-chosen names (GraphQL operation names): a scrape must never grow
// with whatever clients send.

/** Distinct operation names kept apart; later new names are counted as `other`. */
export const MAX_OPERATION_NAMES = 200;

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** `anonymous` without a name, `other` for a malformed name or once `seen` is full. */
export function boundedLabel(
  seen: Set<string>,
  name: string | null | undefined,
  max = MAX_OPERATION_NAMES,
): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= max) return 'other';
  seen.add(name);
  return name;
}
