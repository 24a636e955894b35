// The scanner the global teardown runs over every test file's log (test/log-scan.ts): it must see
// what we never log. The teardown fails the run when any log of the suite holds one.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/common/logger.ts';
import { scanLogText } from './log-scan.ts';

describe('log scan', () => {
  it('finds CPFs (formatted, and 11 digits that make a valid CPF), e-mail addresses and tokens', () => {
    const kinds = (text: string) => scanLogText(text).map((f) => f.kind);
    expect(kinds('{"msg":"x","cpf":"529.982.247-25"}')).toEqual(['CPF']);
    expect(kinds('{"who":"52998224725"}')).toEqual(['CPF']);
    expect(kinds('{"n":"52998224726","time":1796117453148,"installation":"3000000001"}')).toEqual([]);
    expect(kinds('{"to":"ana.souza@exemplo.com.br"}')).toEqual(['EMAIL']);
    expect(kinds('{"from":"nao-responda@delega.dev"}')).toEqual([]);
    expect(kinds('{"token":"Zr3bT0n8m2K9qQvX1s7YwP4aL6cE5dF0gH2iJ8kM9nO"}')).toEqual(['TOKEN']);
    expect(kinds('{"hash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}')).toEqual([]);
    expect(kinds('{"id":"3f2b8c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}')).toEqual([]);
    expect(kinds('{"providerId":"local-3f2b8c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}')).toEqual([]);
    // A UUID's last group can hold 11 digits that happen to make a valid CPF: it is still an id.
    expect(kinds('{"requestId":"f627c26a-fe30-4605-9c90-a52998224725","msg":"request"}')).toEqual([]);
    // The migrations applied at start-up are named, not secret (the browser tests scan the product's log).
    expect(kinds('{"migrations":["Migration20261201115434_mail_possible_duplicate"]}')).toEqual([]);
    expect(kinds('{"x":"Migration20261201115434_Zr3bT0n8m2K9qQvX1s7YwP4aL6cE5dF0gH2i-x"}')).toEqual([
      'TOKEN',
    ]);
  });

  it('the logger redacts the personal fields it knows', () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (s: string) => void lines.push(s) });
    log.info(
      {
        cpf: '52998224725',
        email: 'ana@exemplo.com.br',
        token: 'x'.repeat(43),
        user: { cpf: '529.982.247-25' },
      },
      'x',
    );
    expect(scanLogText(lines.join(''))).toEqual([]);
  });
});
