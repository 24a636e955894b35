// GET /metrics: open when a development switch is on (`pnpm start`), else behind the bearer token
// METRICS_TOKEN; without a token outside development the route does not exist (404).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../common/errors.ts';
import type { Metrics } from './metrics.ts';

export interface MetricsAccess {
  /** Required when set, whatever else is on. */
  token: string | null;
  /** Served without a token (development switches on, never in production). */
  open: boolean;
}

export type MetricsHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The handler, or null when the route is off. */
export function metricsHandler(metrics: Metrics, access: MetricsAccess): MetricsHandler | null {
  if (!access.token && !access.open) return null;
  return async (req, res) => {
    if (req.method !== 'GET') throw new AppError('NOT_FOUND');
    if (access.token) {
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!given || !sameToken(given, access.token))
        throw new AppError('UNAUTHENTICATED', 'Informe o token de métricas (Authorization: Bearer).');
    }
    const body = await metrics.text();
    res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
    res.end(body);
  };
}
