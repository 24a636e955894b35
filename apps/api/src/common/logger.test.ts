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

  it("drops pg's detail, which carries row values", () => {
    const err = Object.assign(
      new Error('duplicate key value violates unique constraint "app_user_cpf_unique"'),
      {
        severity: 'ERROR',
        code: '23505',
        detail: 'Key (cpf)=(52998224725) already exists.',
        routine: '_bt_check_unique',
      },
    );
    expect(JSON.stringify(serializeError(err))).not.toContain('52998224725');
  });

  it('keeps message and stack of other errors', () => {
    const out = serializeError(new Error('PDF worker crashed'));
    expect(out.message).toBe('PDF worker crashed');
    expect(out.stack).toBeDefined();
  });
});
