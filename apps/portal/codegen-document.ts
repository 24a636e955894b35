// A graphql-codegen plugin (codegen.ts): one operation of src/lib/graphql/*.graphql as a typed string,
// with the fragments it spreads, in a module of its own. A bundler places a module in one chunk, so
// one document per module is what lets a page ship only the documents it sends.
import {
  Kind,
  print,
  stripIgnoredCharacters,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

interface Source {
  document?: DocumentNode;
}

const isFragment = (d: DefinitionNode): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION;

export function plugin(_schema: unknown, documents: Source[], config: { operation: string }): string {
  const definitions = documents.flatMap((d) => d.document?.definitions ?? []);
  const fragments = new Map(definitions.filter(isFragment).map((f) => [f.name.value, f]));
  const operation = definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === config.operation,
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`no operation ${config.operation}`);
  const spread = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        const fragment = fragments.get(s.name.value);
        if (!fragment) throw new Error(`${config.operation}: no fragment ${s.name.value}`);
        if (spread.has(s.name.value)) return;
        spread.add(s.name.value);
        collect(fragment);
      },
    });
  collect(operation);
  // Sent as written to the API, without the white space that only people need.
  const text = stripIgnoredCharacters(
    [operation, ...[...spread].sort().map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n'),
  );
  const kind = operation.operation;
  const type = `${config.operation}${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  return [
    `/* eslint-disable */`,
    `import type { ${type}, ${type}Variables, TypedDocumentString } from '../graphql.ts';`,
    ``,
    `export const ${config.operation}Document = ${JSON.stringify(text)} as unknown as TypedDocumentString<`,
    `  ${type},`,
    `  ${type}Variables`,
    `>;`,
    ``,
  ].join('\n');
}

/** The operation names of the given .graphql sources (one generated module each). */
export function operationNames(sources: string[]): string[] {
  return sources.flatMap((s) =>
    [...s.matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)].map((m) => m[1]!),
  );
}
