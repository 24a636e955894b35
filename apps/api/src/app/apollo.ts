// Apollo Server for GraphQL over HTTP: document limits (graphql-armor), error masking, and the HTTP
// status of an operation that failed wholly (from HTTP_STATUS).
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { isErrorCode } from '@delega/shared/errors';
import {
  NoSchemaIntrospectionCustomRule,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { HTTP_STATUS, retryAfterSeconds } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import type { Config } from '../config/config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ErrorFormatter } from '../graphql/format-error.ts';
import { inputCharactersPlugin } from './input-characters.ts';
import { queryCostPlugin } from './query-cost.ts';

/** Most tokens a document may have (graphql-armor over HTTP, the parser over WebSocket). */
export const MAX_TOKENS = 1500;

/** Limits on abusive queries, shared by HTTP and WebSocket operations. */
function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: MAX_TOKENS },
    // Replaced by query-cost.ts, which reads page sizes from variables too.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}

export interface GraphQLHttpHead {
  status: number;
  headers: HeaderMap;
}

/**
 * The HTTP status of a GraphQL result: only when there is no data (the operation failed wholly) and
 * every error carries our codes, mapping to one status. Partial results stay 200; Apollo's own
 * request errors (parse, validation, variables) keep its 400. Null: leave Apollo's status.
 */
export function failedOperationHead(result: {
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}): GraphQLHttpHead | null {
  if (result.data != null || !result.errors?.length) return null;
  const statuses = new Set<number>();
  let retry: number | null = null;
  for (const e of result.errors) {
    const code = e.extensions?.code;
    if (!isErrorCode(code)) return null;
    statuses.add(HTTP_STATUS[code]);
    const r = retryAfterSeconds(e.extensions);
    if (r && (!retry || r > retry)) retry = r;
  }
  if (statuses.size !== 1) return null;
  const status = [...statuses][0]!;
  const headers = new HeaderMap();
  if (status === 429 && retry) headers.set('retry-after', String(retry));
  return { status, headers };
}

const httpStatusPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const head = failedOperationHead(response.body.singleResult);
        if (head) {
          response.http.status = head.status;
          for (const [k, v] of head.headers) response.http.headers.set(k, v);
        }
        return Promise.resolve();
      },
    });
  },
};

/** A started Apollo Server, and the validation rules graphql-ws must apply (Apollo's limits, introspection). */
export async function startApollo(opts: {
  schema: GraphQLSchema;
  config: Config;
  log: Logger;
  formatError: ErrorFormatter;
  /** More plugins (metrics). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}): Promise<{ apollo: ApolloServer<GraphQLContext>; validationRules: ValidationRule[] }> {
  const { schema, config, log, formatError } = opts;
  const armor = createArmor().protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    ...armor,
    // graphql-armor's types point at Apollo's CJS build; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      httpStatusPlugin,
      inputCharactersPlugin,
      queryCostPlugin,
      ...(opts.plugins ?? []),
      // The landing page (Sandbox) is of no use without introspection.
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    validationRules: armor.validationRules,
    introspection: config.introspection,
    csrfPrevention: true,
    formatError,
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();
  // Apollo refuses introspection itself over HTTP; graphql-ws needs graphql's own rule.
  const socketRules = config.introspection
    ? armor.validationRules
    : [...armor.validationRules, NoSchemaIntrospectionCustomRule];
  return { apollo, validationRules: socketRules };
}
