import { describe, expect, it } from 'vitest';
import { serializeError } from './logger.ts';

describe('serializeError', () => {
  it('drops the SQL text (with inlined personal data) of database errors', () => {
    const err = Object.assign(
      new Error(
        `insert into "app_user" ("cpf", "email") values ('52998224725', 'ana@exemplo.com.br') - duplicate key`,
      ),
      {
        name: 'UniqueConstraintViolationException',
        code: '23505',
        sqlState: '23505',
        constraint: 'app_user_cpf_unique',
      },
    );
    const out = JSON.stringify(serializeError(err));
    expect(out).not.toContain('52998224725');
    expect(out).not.toContain('ana@exemplo.com.br');
    expect(out).toContain('app_user_cpf_unique');
  });

  it('keeps message and stack of other errors', () => {
    const out = serializeError(new Error('PDF worker crashed'));
    expect(out.message).toBe('PDF worker crashed');
    expect(out.stack).toBeDefined();
  });
});
