// POST/GET /graphql: hands the request to Apollo and writes its answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError, knownError, retryAfterSeconds } from '../common/errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { readBody } from '../http/http-utils.ts';

/**
 * A failure while building the context (bad API key, database gone) as Apollo expects it: a
 * GraphQLError whose `http` extension carries our status (Apollo answers 500 otherwise).
 */
function contextFailure(err: unknown): unknown {
  const known = knownError(err);
  if (!known) return err;
  const headers = new HeaderMap();
  const retry = retryAfterSeconds(known.details);
  if (retry) headers.set('retry-after', String(retry));
  return new GraphQLError(known.message, {
    originalError: known,
    extensions: { code: known.code, ...known.details, http: { status: known.httpStatus, headers } },
  });
}

async function parsedBody(req: IncomingMessage): Promise<unknown> {
  const raw = req.method === 'POST' ? await readBody(req) : '';
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'O corpo da requisição não é um JSON válido.');
  }
}

export function createGraphQLHttpHandler(
  apollo: ApolloServer<GraphQLContext>,
  contextFor: (req: IncomingMessage) => Promise<GraphQLContext>,
) {
  return async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const body = await parsedBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () =>
        contextFor(req).catch((err: unknown) => {
          throw contextFailure(err);
        }),
    });
    const outHeaders: Record<string, string> = { 'cache-control': 'no-store' };
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}
