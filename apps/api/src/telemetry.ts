// OpenTelemetry traces, when OTEL_EXPORTER_OTLP_ENDPOINT is set: the official Node SDK with the
// OTLP/HTTP exporter (JSON) and the http, graphql and pg instrumentations; every span of a request
// carries its request id (`delega.request_id`). It must run before the application's modules are
// loaded, so the start scripts preload it (`--import ./src/telemetry.ts`); main.ts imports it too, so
// starting main.ts any other way still traces what can be traced. The SDK's own variables apply
// (OTEL_SERVICE_NAME, default delega-api; OTEL_EXPORTER_OTLP_HEADERS; OTEL_BSP_SCHEDULE_DELAY…).
// Without the endpoint nothing is loaded.
import { register } from 'node:module';

const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
let flushAndStop: (() => Promise<void>) | null = null;

/** Sends the spans still batched and stops the SDK (a no-op without telemetry); main.ts awaits it on shutdown. */
export async function shutdownTelemetry(): Promise<void> {
  await flushAndStop?.().catch(() => {});
}

async function startTelemetry(): Promise<void> {
  const { createAddHookMessageChannel } = await import('import-in-the-middle');
  // ESM modules (graphql, pg's ESM entry) are instrumented by rewriting them as they load.
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
  const [{ NodeSDK }, { BatchSpanProcessor }, { OTLPTraceExporter }, http, graphql, pg, rc] =
    await Promise.all([
      import('@opentelemetry/sdk-node'),
      import('@opentelemetry/sdk-trace'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-graphql'),
      import('@opentelemetry/instrumentation-pg'),
      import('./common/request-context.ts'),
    ]);
  const requestIds = {
    onStart(span: { setAttribute(key: string, value: string): unknown }) {
      const id = rc.currentRequestId();
      if (id) span.setAttribute(rc.REQUEST_ID_ATTRIBUTE, id);
    },
    onEnd() {},
    forceFlush: () => Promise.resolve(),
    shutdown: () => Promise.resolve(),
  };
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'delega-api',
    // OTLP over HTTP with JSON bodies (…/v1/traces under the endpoint).
    spanProcessors: [requestIds, new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
    instrumentations: [
      new http.HttpInstrumentation(),
      // Resolver spans for our own fields only (default resolvers of plain properties are noise).
      new graphql.GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // Statement text without parameter values (they may be CPFs or e-mails).
      new pg.PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  await waitForAllMessagesAcknowledged();
  flushAndStop = () => sdk.shutdown();
  process.once('beforeExit', () => void shutdownTelemetry());
}

if (endpoint) await startTelemetry();
