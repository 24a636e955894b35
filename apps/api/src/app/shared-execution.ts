// Subscriptions over WebSocket, executed once per event and person: every open tab of one person
// with the same operation gets the same result for the same live event, so it is executed once
// (memoised on the event, `StreamEvent.shared`) and that one result is sent to each tab. Events
// without that memo (in-process topics) execute per subscription, as graphql-js's own `subscribe`
// does.
import {
  createSourceEventStream,
  execute,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
} from 'graphql';
import type { GraphQLContext } from '../graphql/context.ts';
import { shareScopeOf } from '../modules/events/share-scope.ts';

/**
 * Arguments of root subscription fields that only say where the event stream starts (the resume
 * cursor): the result of an event does not depend on them, so tabs that resumed from different
 * cursors still share it.
 */
const STREAM_ONLY_ARGS: Readonly<Record<string, readonly string[]>> = { accessGrantChanged: ['after'] };

/** A live event's delivery (modules/events): memoises what its subscribers compute of it. */
interface SharedDelivery {
  event: { shared<T>(key: string, compute: () => Promise<T>): Promise<T> };
}

function isShared(payload: unknown): payload is SharedDelivery {
  const event = (payload as { event?: unknown } | null)?.event;
  return typeof (event as { shared?: unknown } | null | undefined)?.shared === 'function';
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

const variablesOf = new WeakMap<DocumentNode, string[]>();

/** Variables the result may depend on: every use except stream-only arguments of root fields. */
function resultVariables(document: DocumentNode): string[] {
  let known = variablesOf.get(document);
  if (!known) variablesOf.set(document, (known = usedVariables(document)));
  return known;
}

function usedVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    VariableDefinition: () => false,
    Argument(node, _key, _parent, _path, ancestors) {
      // The argument's owner (a field or a directive) comes right above its list.
      const owner = ancestors.at(-1) as { kind?: string } | undefined;
      if (owner?.kind !== Kind.FIELD) return undefined;
      const fields = ancestors.filter((a) => (a as { kind?: string }).kind === Kind.FIELD).length;
      const name = (owner as FieldNode).name.value;
      if (fields === 1 && STREAM_ONLY_ARGS[name]?.includes(node.name.value)) return false;
      return undefined;
    },
    Variable(node) {
      names.add(node.name.value);
    },
  });
  return [...names].sort();
}

/**
 * Who and what: subscriptions with the same key get the same result for the same event. Call it once
 * the source stream exists (its subscribe has set the subscription's share scope).
 */
export function shareKey(args: ExecutionArgs): string | null {
  const viewer = (args.contextValue as GraphQLContext | undefined)?.viewer;
  if (!viewer) return null;
  let id = documentIds.get(args.document);
  if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
  const vars = args.variableValues ?? {};
  const used = resultVariables(args.document).map((n) => [n, vars[n] ?? null]);
  const scope = shareScopeOf(args.contextValue as object);
  return `exec:${viewer.userId}:${scope}:${id}:${args.operationName ?? ''}:${JSON.stringify(used)}`;
}

/** graphql-js's `subscribe`, with each live event executed once per share key. */
export async function subscribeShared(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(stream))) return stream as ExecutionResult;
  const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const key = shareKey(args);
  const run = (payload: unknown): Promise<ExecutionResult> => {
    const once = () => Promise.resolve(execute({ ...args, rootValue: payload }));
    return key && isShared(payload) ? payload.event.shared(key, once) : once();
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const r = await source.next();
      if (r.done) return { done: true, value: undefined };
      return { done: false, value: await run(r.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(err: unknown) {
      await source.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
