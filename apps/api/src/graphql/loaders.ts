import DataLoader from 'dataloader';
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLContext } from './context.ts';

/**
 * One DataLoader per request and key, so a list query costs a fixed number of SQL statements
 * whatever its length.
 */
export function loader<K, V>(
  ctx: GraphQLContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  let l = ctx.cache.get(key) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.cache.set(key, l);
  }
  return l;
}

/** The fields named `name` directly in a selection set, through inline fragments and fragment spreads. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === name) out.push(sel);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsNamed(info, sel.selectionSet, name));
    } else {
      out.push(...fieldsNamed(info, info.fragments[sel.name.value]?.selectionSet, name));
    }
  }
  return out;
}

/**
 * Look-ahead for a resolver that can read more in its own statement: the arguments of every
 * selection of the field at `path` below the current field (e.g. `edges.node.installations`), as its
 * resolver will receive them (defaults applied, variables resolved). Null when the path leaves the
 * schema; an empty list when the field is not asked for. `@skip`/`@include` are not evaluated, so a
 * skipped field only makes the read a little larger.
 */
export function selectedArgs(info: GraphQLResolveInfo, path: string[]): Record<string, unknown>[] | null {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let type = getNamedType(info.returnType);
  for (const [i, name] of path.entries()) {
    if (!isObjectType(type)) return null;
    const field = type.getFields()[name];
    if (!field) return null;
    nodes = nodes.flatMap((n) => fieldsNamed(info, n.selectionSet, name));
    if (i === path.length - 1) return nodes.map((n) => getArgumentValues(field, n, info.variableValues));
    type = getNamedType(field.type);
  }
  return null;
}
