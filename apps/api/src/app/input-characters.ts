// Every GraphQL string input is checked once, before any resolver runs, for characters the database
// cannot store (common/storable-text.ts): the arguments written in the document and the variables
// they use, at any depth. Refused with VALIDATION_FAILED naming each field by its argument path
// (`input.email`, `input.installationNumbers.1`), as the resolvers name their own field errors.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError, type FieldErrors } from '../common/errors.ts';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../common/storable-text.ts';

type Path = Array<string | number>;

/** VALIDATION_FAILED for every unstorable string the operation would receive; null when none. */
export function unstorableInputs(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): AppError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }
  const vars = variables ?? {};
  const fields: FieldErrors = {};
  const seen = new Set<string>();

  const checkJson = (value: unknown, path: Path, depth: number): void => {
    if (depth > 64) return; // graphql-js refuses such nesting when coercing anyway
    if (typeof value === 'string') {
      if (!isStorableText(value)) fields[path.join('.')] = UNSTORABLE_TEXT_MESSAGE;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => checkJson(v, [...path, i], depth + 1));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) checkJson(v, [...path, k], depth + 1);
    }
  };
  const checkValue = (node: ValueNode, path: Path): void => {
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (Object.hasOwn(vars, name)) checkJson(vars[name], path, 0);
        else if (defaults.has(name)) checkValue(defaults.get(name)!, path);
        return;
      }
      case Kind.STRING:
        if (!isStorableText(node.value)) fields[path.join('.')] = UNSTORABLE_TEXT_MESSAGE;
        return;
      case Kind.LIST:
        node.values.forEach((v, i) => checkValue(v, [...path, i]));
        return;
      case Kind.OBJECT:
        for (const f of node.fields) checkValue(f.value, [...path, f.name.value]);
        return;
      default:
        return;
    }
  };
  const checkArguments = (args: readonly ArgumentNode[] | undefined): void => {
    for (const a of args ?? []) checkValue(a.value, [a.name.value]);
  };
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      for (const d of s.directives ?? []) checkArguments(d.arguments);
      if (s.kind === Kind.FIELD) {
        checkArguments(s.arguments);
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return Object.keys(fields).length > 0 ? AppError.validation(fields) : null;
}

/** The refusal as graphql-js and Apollo carry it (the formatter turns it back into our error). */
export function asRequestError(err: AppError): GraphQLError {
  return new GraphQLError(err.message, {
    originalError: err,
    extensions: { code: err.code, ...err.details, http: { status: err.httpStatus } },
  });
}

/** Apollo (HTTP): checks the resolved operation before it executes. */
export const inputCharactersPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ document, request }) {
        const refused = unstorableInputs(document, request.operationName, request.variables);
        return refused ? Promise.reject(asRequestError(refused)) : Promise.resolve();
      },
    });
  },
};
