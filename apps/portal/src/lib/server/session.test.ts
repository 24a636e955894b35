import { describe, expect, it } from 'vitest';
import { safeNext } from './session.ts';

describe('safeNext: only same-origin paths are followed after sign-in', () => {
  // As SvelteKit hands them over: url.searchParams.get('next') has decoded one level already.
  const decoded = (query: string) => new URLSearchParams(query).get('next');

  it.each([
    ['//evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['/\t/evil.example'],
    [decoded('next=/%09/evil.example')!],
    [decoded('next=%09/evil.example')!],
    [decoded('next=/%0a/evil.example')!],
    [decoded('next=/%0d%0a/evil.example')!],
    ['/%09/evil.example'],
    ['/%2F%2Fevil.example'],
    ['/%2f/evil.example'],
    ['/%5C/evil.example'],
    ['/%252F%252Fevil.example'],
    ['/convite//evil.example'],
    ['https://evil.example'],
    ['http:/evil.example'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['\t/evil'],
    [' /evil'],
    ['/ /evil.example'],
    ['/\u00a0/evil.example'],
    ['/\u2028/evil.example'],
    ['evil.example'],
    ['/%'],
    [''],
  ])('%j → /', (value) => {
    expect(safeNext(value)).toBe('/');
  });

  it.each([
    ['/acessos-concedidos?x=1', '/acessos-concedidos?x=1'],
    ['/convite/abc', '/convite/abc'],
    ['/', '/'],
    ['/instalacoes/3001234567?parceiro=1#topo', '/instalacoes/3001234567?parceiro=1#topo'],
    [decoded('next=%2Fconvite%2Fabc'), '/convite/abc'],
    ['/acessos-recebidos?q=S%C3%A3o%20Paulo', '/acessos-recebidos?q=S%C3%A3o%20Paulo'],
  ])('%j → %j', (value, expected) => {
    expect(safeNext(value)).toBe(expected);
  });

  it('uses the given fallback, also for null', () => {
    expect(safeNext(null, '/acessos-recebidos')).toBe('/acessos-recebidos');
    expect(safeNext('//evil', '/x')).toBe('/x');
  });
});
