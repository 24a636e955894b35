import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { createErrorFormatter } from './format-error.ts';

function setup() {
  const error = vi.fn();
  const format = createErrorFormatter({ error } as unknown as Logger);
  return { format, error };
}

describe('error formatting', () => {
  it('maps AppError to its code, Portuguese message and details', () => {
    const { format } = setup();
    const err = new GraphQLError('x', {
      originalError: AppError.validation({ cpf: 'CPF inválido.' }),
      path: ['signUp'],
    });
    const out = format(err.toJSON(), err);
    expect(out.extensions).toEqual({ code: 'VALIDATION_FAILED', fields: { cpf: 'CPF inválido.' } });
    expect(out.message).toMatch(/Confira os campos/);
  });

  it('masks and logs unexpected errors', () => {
    const { format, error } = setup();
    const err = new GraphQLError('connection to 10.0.0.5 refused', {
      originalError: new Error('connection to 10.0.0.5 refused'),
      path: ['me'],
    });
    const out = format(err.toJSON(), err);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toContain('10.0.0.5');
    expect(error).toHaveBeenCalledOnce();
  });

  it('passes document validation errors through', () => {
    const { format } = setup();
    const err = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(err.toJSON(), err).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks a failure beneath a path-less wrapper (a subscription stream that threw)', () => {
    const { format, error } = setup();
    const err = new GraphQLError('relation "app_user" does not exist', {
      originalError: new Error('relation "app_user" does not exist'),
    });
    const out = format(err.toJSON(), err);
    expect(out).toEqual({
      message: 'Ocorreu um erro inesperado. Tente novamente em instantes.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(error).toHaveBeenCalledOnce();
  });

  it('answers SERVICE_UNAVAILABLE, and logs it, when the database cannot be reached', () => {
    const { format, error } = setup();
    const lost = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const err = new GraphQLError(lost.message, { originalError: lost, path: ['me'] });
    const out = format(err.toJSON(), err);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).toMatch(/Tente novamente/);
    expect(out.message).not.toContain('127.0.0.1');
    expect(error).toHaveBeenCalledOnce();
  });
});
