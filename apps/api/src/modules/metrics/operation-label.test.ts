import { describe, expect, it } from 'vitest';
import { boundedLabel } from './operation-label.ts';

describe('boundedLabel', () => {
  it('keeps known names, groups anonymous, malformed and names past the cap', () => {
    const seen = new Set<string>();
    expect(boundedLabel(seen, 'Me', 2)).toBe('Me');
    expect(boundedLabel(seen, undefined, 2)).toBe('anonymous');
    expect(boundedLabel(seen, 'bad name!', 2)).toBe('other');
    expect(boundedLabel(seen, 'Grants', 2)).toBe('Grants');
    expect(boundedLabel(seen, 'Third', 2)).toBe('other');
    expect(boundedLabel(seen, 'Me', 2)).toBe('Me');
  });
});
