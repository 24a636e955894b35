// GraphQL over HTTP may start with a caller read from the in-process principal cache, unconfirmed
// (see modules/accounts/principal-cache.ts). Before anything executes, this plugin confirms it by the
// database — unless every root field of the operation re-checks the credential inside its own
// statement (the access check), which then costs one statement instead of two. A credential revoked
// on any process is therefore refused by the very next request, whatever the cache holds.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type DocumentNode, type SelectionSetNode } from 'graphql';
import { AppError } from '../common/errors.ts';
import type { GraphQLContext } from './context.ts';

/** Root fields whose resolver checks the request's credential in its own statement (credentialOf). */
export const CREDENTIAL_CHECKED_INLINE: ReadonlySet<string> = new Set(['installationAccess']);

/** The root field names of an operation, through fragments; null when a fragment is missing. */
function rootFields(set: SelectionSetNode, doc: DocumentNode, out: Set<string>, depth = 0): boolean {
  if (depth > 10) return false;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.add(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!rootFields(sel.selectionSet, doc, out, depth + 1)) return false;
    } else {
      const frag = doc.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === sel.name.value,
      );
      if (frag?.kind !== Kind.FRAGMENT_DEFINITION) return false;
      if (!rootFields(frag.selectionSet, doc, out, depth + 1)) return false;
    }
  }
  return true;
}

/** Whether the operation may run on an unconfirmed caller (every root field checks it itself). */
export function checksCredentialInline(operation: { selectionSet: SelectionSetNode }, doc: DocumentNode) {
  const names = new Set<string>();
  return (
    rootFields(operation.selectionSet, doc, names) &&
    [...names].every((n) => CREDENTIAL_CHECKED_INLINE.has(n))
  );
}

/** Confirms an unconfirmed caller (one statement), or UNAUTHENTICATED once its credential ended. */
export async function confirmCaller(ctx: GraphQLContext): Promise<void> {
  if (ctx.apiKey?.unconfirmed) {
    if (!(await ctx.services.apiKeys.confirm(ctx.em, ctx.apiKey)))
      throw new AppError('UNAUTHENTICATED', 'Chave de API inválida ou revogada.');
  } else if (ctx.viewer?.unconfirmed) {
    if (!(await ctx.services.sessions.confirm(ctx.em, ctx.viewer))) throw new AppError('UNAUTHENTICATED');
  }
}

export const callerConfirmationPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      async didResolveOperation({ contextValue, operation, document }) {
        if (!contextValue.apiKey?.unconfirmed && !contextValue.viewer?.unconfirmed) return;
        if (operation?.operation === OperationTypeNode.QUERY && checksCredentialInline(operation, document))
          return;
        await confirmCaller(contextValue);
      },
    });
  },
};
