import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, type ErrorCode } from '@delega/shared/errors';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError, HTTP_STATUS } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { createHttpRouter } from './http-router.ts';
import type { Route } from './module.ts';

// A route that fails the way its path says: /fail/<ErrorCode>, /fail/bug, /fail/database.
const failing: Route = {
  method: 'GET',
  path: /^\/fail\/(\w+)$/,
  handle(_req, _res, [what]) {
    if (what === 'bug') throw new Error('secret internals');
    if (what === 'database')
      throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const code = what as ErrorCode;
    throw new AppError(code, undefined, code === 'RATE_LIMITED' ? { retryAfterSeconds: 42 } : {});
  },
};

const error = vi.fn();
let base: string;
let server: http.Server;
let ready: () => Promise<unknown>;

beforeAll(async () => {
  const log = { error, debug: () => {} } as unknown as Logger;
  server = http.createServer(
    createHttpRouter({
      log,
      graphql: () => Promise.resolve(),
      readiness: () => ready(),
      routes: [failing],
      contextFor: () => Promise.resolve({} as GraphQLContext),
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function get(path: string) {
  const res = await fetch(base + path);
  const body = (await res.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
  return { status: res.status, headers: res.headers, error: body.errors?.[0], body };
}

describe('HTTP router', () => {
  it.each(ERROR_CODES)('answers %s with its status from HTTP_STATUS and a JSON code', async (code) => {
    const r = await get(`/fail/${code}`);
    expect(r.status).toBe(HTTP_STATUS[code]);
    expect(r.error?.extensions.code).toBe(code);
  });

  it('sends Retry-After with RATE_LIMITED', async () => {
    expect((await get('/fail/RATE_LIMITED')).headers.get('retry-after')).toBe('42');
  });

  it('masks and logs an unexpected failure as 500', async () => {
    error.mockClear();
    const r = await get('/fail/bug');
    expect(r.status).toBe(500);
    expect(r.error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(r.body)).not.toContain('secret');
    expect(error).toHaveBeenCalledOnce();
  });

  it('answers 503 SERVICE_UNAVAILABLE, and logs it, when the database cannot be reached', async () => {
    error.mockClear();
    const r = await get('/fail/database');
    expect(r.status).toBe(503);
    expect(r.error?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(r.body)).not.toContain('10.0.0.5');
    expect(error).toHaveBeenCalledOnce();
  });

  it('answers readiness: 200 when ready, 503 SERVICE_UNAVAILABLE when not', async () => {
    ready = () => Promise.resolve({ ok: true });
    expect((await get('/readyz')).status).toBe(200);
    ready = () => Promise.reject(new AppError('SERVICE_UNAVAILABLE', undefined, { pendingMigrations: 2 }));
    const r = await get('/readyz');
    expect(r.status).toBe(503);
    expect(r.error?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', pendingMigrations: 2 });
  });

  it('answers an unknown path 404 NOT_FOUND', async () => {
    const r = await get('/nada');
    expect(r.status).toBe(404);
    expect(r.error?.extensions.code).toBe('NOT_FOUND');
  });
});
