// One way to turn a keyset page into a GraphQL connection (edges with cursors, totalCount, pageInfo),
// so each paged resolver only says how a row becomes a cursor and a node.
import { PageInfo } from '../modules/customers/installation.type.ts';

export interface KeysetPage<R> {
  rows: R[];
  totalCount: number;
  hasNextPage: boolean;
}

export function toConnection<R, N, E extends { cursor: string; node: N }, C>(
  Connection: new () => C,
  Edge: new () => E,
  page: KeysetPage<R>,
  cursorOf: (row: R) => string,
  nodeOf: (row: R) => N,
): C {
  const edges = page.rows.map((r) => Object.assign(new Edge(), { cursor: cursorOf(r), node: nodeOf(r) }));
  return Object.assign(new Connection() as object, {
    totalCount: page.totalCount,
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: page.hasNextPage,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  }) as C;
}
