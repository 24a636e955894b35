// Apollo plugin: latency of each GraphQL operation over HTTP, and every error answered by its code.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './metrics.ts';

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const start = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ response, operationName, operation, errors }) {
          // No operation resolved: the document did not parse or validate.
          const op = operation ? metrics.operationLabel(operationName) : 'invalid';
          const seconds = Number(process.hrtime.bigint() - start) / 1e9;
          metrics.graphqlDuration.observe(
            { operation: op, type: operation?.operation ?? 'unknown' },
            seconds,
          );
          const formatted = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const e of formatted ?? errors ?? []) metrics.error(e.extensions?.code, 'graphql');
          return Promise.resolve();
        },
      });
    },
  };
}
