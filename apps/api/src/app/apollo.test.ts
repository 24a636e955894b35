import { describe, expect, it } from 'vitest';
import { failedOperationHead } from './apollo.ts';

const err = (code: string, extra: Record<string, unknown> = {}) => ({
  message: 'x',
  extensions: { code, ...extra },
});

describe('HTTP status of a GraphQL result', () => {
  it('is the code’s status when the operation failed wholly (no data)', () => {
    expect(failedOperationHead({ data: null, errors: [err('FORBIDDEN')] })?.status).toBe(403);
    expect(failedOperationHead({ data: null, errors: [err('NOT_FOUND'), err('NOT_FOUND')] })?.status).toBe(
      404,
    );
    expect(failedOperationHead({ data: null, errors: [err('INTERNAL_SERVER_ERROR')] })?.status).toBe(500);
  });

  it('carries Retry-After for RATE_LIMITED', () => {
    const head = failedOperationHead({
      data: null,
      errors: [err('RATE_LIMITED', { retryAfterSeconds: 30 })],
    });
    expect(head?.status).toBe(429);
    expect(head?.headers.get('retry-after')).toBe('30');
  });

  it('leaves the status alone for partial results, mixed statuses and Apollo’s own errors', () => {
    expect(failedOperationHead({ data: { me: null }, errors: [err('UNAUTHENTICATED')] })).toBeNull();
    expect(failedOperationHead({ data: null, errors: [err('FORBIDDEN'), err('NOT_FOUND')] })).toBeNull();
    expect(failedOperationHead({ errors: [err('GRAPHQL_VALIDATION_FAILED')] })).toBeNull();
    expect(failedOperationHead({ data: { ok: true } })).toBeNull();
  });
});
