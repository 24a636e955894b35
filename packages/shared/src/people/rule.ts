/** What a rule answers: the value to store (normalised), or the Portuguese message to show. */
export type RuleResult<T = string> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): RuleResult<T> => ({ ok: true, value });
export const refuse = (message: string): RuleResult<never> => ({ ok: false, message });

/** The message of a refused value, or null when it is fine (for `fields[path] = …` code). */
export function problemOf(result: RuleResult<unknown>): string | null {
  return result.ok ? null : result.message;
}
