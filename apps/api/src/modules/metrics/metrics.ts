// The process's figures for operators, in Prometheus text format (prom-client). One registry per
// API process (tests run several in one Node process), never prom-client's global one.
import { getOperationAST, type DocumentNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { boundedLabel } from './operation-label.ts';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A WebSocket operation lasts as long as its subscription stays open: seconds to hours. */
const WS_OPERATION_BUCKETS = [...LATENCY_BUCKETS, 30, 60, 300, 1800, 3600, 14_400, 86_400];

interface RunningOperation {
  start: bigint;
  operation: string;
  type: string;
}

/** Figures read from elsewhere when scraped (database, event stream, open sockets). */
export interface ScrapeSources {
  /** Read at each scrape; a failure leaves the gauges as they were and sets delega_metrics_scrape_ok 0. */
  collect(gauges: MetricsGauges): Promise<void>;
}

export interface MetricsGauges {
  mailQueueDepth: Gauge<'status'>;
  mailQueueOldestSeconds: Gauge;
  mailFailed: Gauge;
  mailPossibleDuplicates: Gauge;
  jobQueueDepth: Gauge<'queue' | 'state'>;
  jobQueueOldestSeconds: Gauge<'queue'>;
  eventStreamAppended: Gauge;
  eventStreamDelivered: Gauge;
  eventStreamLagEvents: Gauge;
  eventStreamLagSeconds: Gauge;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly sockets = new Set<{ subscriptions: Record<string, unknown> }>();

  readonly httpDuration = new Histogram({
    name: 'delega_http_request_duration_seconds',
    help: 'HTTP requests by route (the matched route, never the raw path), method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'delega_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name (anonymous, invalid and names past the cap grouped) and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'delega_errors_total',
    help: 'Errors answered, by code (extensions.code) and transport (graphql, websocket, http).',
    labelNames: ['code', 'transport'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'delega_rate_limit_refusals_total',
    help: 'Requests refused with RATE_LIMITED (429), by transport.',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  readonly wsOperationDuration = new Histogram({
    name: 'delega_websocket_operation_duration_seconds',
    help: 'Operations over WebSocket from subscribe to complete (a subscription: how long it stayed open), by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: WS_OPERATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly running = new WeakMap<object, Map<string, RunningOperation>>();
  private readonly collectors: Array<() => Promise<void>> = [];

  readonly gauges: MetricsGauges;
  private readonly scrapeOk: Gauge;

  constructor(
    private readonly sources?: ScrapeSources,
    private readonly onCollectError?: (err: unknown) => void,
  ) {
    const r = [this.registry];
    this.scrapeOk = new Gauge({
      name: 'delega_metrics_scrape_ok',
      help: '1 when the figures read from the database at this scrape could be read.',
      registers: r,
    });
    const sockets = this.sockets;
    new Gauge({
      name: 'delega_websocket_connections',
      help: 'Open GraphQL WebSocket connections (authenticated) in this process.',
      registers: r,
      collect() {
        this.set(sockets.size);
      },
    });
    new Gauge({
      name: 'delega_websocket_operations',
      help: 'Subscriptions (and other operations) running over WebSocket in this process.',
      registers: r,
      collect() {
        let n = 0;
        for (const s of sockets) n += Object.keys(s.subscriptions).length;
        this.set(n);
      },
    });
    this.gauges = {
      mailQueueDepth: new Gauge({
        name: 'delega_mail_queue_depth',
        help: 'E-mails waiting in the outbox (mail_message), by status (QUEUED, SENDING).',
        labelNames: ['status'] as const,
        registers: r,
      }),
      mailQueueOldestSeconds: new Gauge({
        name: 'delega_mail_queue_oldest_age_seconds',
        help: 'Age of the oldest e-mail still waiting in the outbox (0 when empty).',
        registers: r,
      }),
      mailFailed: new Gauge({
        name: 'delega_mail_failed_messages',
        help: 'E-mails given up on (FAILED) still within retention.',
        registers: r,
      }),
      mailPossibleDuplicates: new Gauge({
        name: 'delega_mail_possible_duplicates',
        help: 'E-mails sent again after a worker was lost mid-send (the recipient may have two), within retention.',
        registers: r,
      }),
      jobQueueDepth: new Gauge({
        name: 'delega_job_queue_depth',
        help: 'Jobs on the job system (pg-boss) by queue and state (waiting: created or retry; active).',
        labelNames: ['queue', 'state'] as const,
        registers: r,
      }),
      jobQueueOldestSeconds: new Gauge({
        name: 'delega_job_queue_oldest_age_seconds',
        help: 'Age of the oldest job of each queue not yet finished (0 when none).',
        labelNames: ['queue'] as const,
        registers: r,
      }),
      eventStreamAppended: new Gauge({
        name: 'delega_event_stream_appended_id',
        help: 'Highest event id appended to the durable event stream (live_event).',
        registers: r,
      }),
      eventStreamDelivered: new Gauge({
        name: 'delega_event_stream_delivered_id',
        help: "Highest event id this process's reader has delivered to its subscribers.",
        registers: r,
      }),
      eventStreamLagEvents: new Gauge({
        name: 'delega_event_stream_lag_events',
        help: 'Events appended but not yet delivered by this process.',
        registers: r,
      }),
      eventStreamLagSeconds: new Gauge({
        name: 'delega_event_stream_lag_seconds',
        help: 'Age of the oldest event this process has not delivered yet (0 when caught up).',
        registers: r,
      }),
    };
  }

  /** The operation label: names are client-chosen, so at most a fixed number are kept apart. */
  operationLabel(name: string | null | undefined): string {
    return boundedLabel(this.operationNames, name);
  }

  /** A WebSocket connection from connect to close (its `subscriptions` are counted at scrape). */
  socketOpened(ctx: { subscriptions: Record<string, unknown> }): void {
    this.sockets.add(ctx);
  }

  socketClosed(ctx: { subscriptions: Record<string, unknown> }): void {
    this.sockets.delete(ctx);
  }

  /** A WebSocket operation that passed its checks starts (`ctx`: its connection). */
  wsOperationStarted(
    ctx: object,
    id: string,
    args: { document: DocumentNode; operationName?: string | null },
  ): void {
    const op = getOperationAST(args.document, args.operationName);
    let ops = this.running.get(ctx);
    if (!ops) this.running.set(ctx, (ops = new Map<string, RunningOperation>()));
    ops.set(id, {
      start: process.hrtime.bigint(),
      operation: this.operationLabel(op?.name?.value),
      type: op?.operation ?? 'unknown',
    });
  }

  /** It completed (the server finished it, the client stopped it, or the socket closed). */
  wsOperationEnded(ctx: object, id: string): void {
    const ops = this.running.get(ctx);
    const op = ops?.get(id);
    if (!op) return;
    ops!.delete(id);
    const seconds = Number(process.hrtime.bigint() - op.start) / 1e9;
    this.wsOperationDuration.observe({ operation: op.operation, type: op.type }, seconds);
  }

  /** Another module's figures, read at each scrape (its gauges registered on `registry`). */
  addCollector(collect: () => Promise<void>): void {
    this.collectors.push(collect);
  }

  /** Counts one error answered with `code` (RATE_LIMITED also as a refusal). */
  error(code: unknown, transport: 'graphql' | 'websocket' | 'http'): void {
    const label = typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'UNKNOWN';
    this.errors.inc({ code: label, transport });
    if (label === 'RATE_LIMITED') this.rateLimited.inc({ transport });
  }

  /** The scrape: database figures read first (prom-client collects every metric at once). */
  async text(): Promise<string> {
    if (this.sources || this.collectors.length > 0) {
      try {
        await Promise.all([this.sources?.collect(this.gauges), ...this.collectors.map((c) => c())]);
        this.scrapeOk.set(1);
      } catch (err) {
        this.onCollectError?.(err);
        this.scrapeOk.set(0);
      }
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
