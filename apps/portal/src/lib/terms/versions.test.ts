import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_TERMS, TERMS_VERSIONS, termsFileName, type TermsKind } from './versions.ts';

describe('terms versions', () => {
  it('every version listed in @delega/shared has its text here; the current one is the last', () => {
    const files = readdirSync(import.meta.dirname);
    for (const kind of Object.keys(TERMS_VERSIONS) as TermsKind[]) {
      for (const v of TERMS_VERSIONS[kind]) expect(files, `${kind} ${v}`).toContain(termsFileName(kind, v));
      expect(CURRENT_TERMS[kind]).toBe(TERMS_VERSIONS[kind].at(-1));
    }
  });
});
