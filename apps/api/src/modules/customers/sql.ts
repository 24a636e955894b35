/**
 * A PostgreSQL array literal (`{"a","b"}`) for one `?::text[]` (or `?::uuid[]`) parameter.
 * MikroORM inlines parameters, and would expand a JS array into a comma list; one literal is parsed
 * far faster than an `array[…]` of 100,000 values, and an empty list stays valid SQL.
 */
export function pgArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
