import { buildSchema, parse, type ExecutionArgs } from 'graphql';
import { describe, expect, it } from 'vitest';
import { setShareScope } from '../modules/events/share-scope.ts';
import { shareKey } from './shared-execution.ts';

const schema = buildSchema(`
  type Query { hello: String }
  type Installations { totalCount: Int }
  type Grant { id: ID, installations(first: Int): Installations }
  type Change { grant: Grant }
  type Subscription { accessGrantChanged(after: String): Change }
`);
const DOC = parse(`subscription($after: String, $first: Int) {
  accessGrantChanged(after: $after) { grant { id installations(first: $first) { totalCount } } }
}`);

const args = (userId: string | null, variables: Record<string, unknown>): ExecutionArgs => ({
  schema,
  document: DOC,
  variableValues: variables,
  contextValue: { viewer: userId ? { userId } : null },
});

describe('shareKey (one execution per event, person and operation)', () => {
  it('is the same for tabs that resumed from different cursors', () => {
    expect(shareKey(args('u1', { after: 'c1', first: 5 }))).toBe(
      shareKey(args('u1', { after: 'c2', first: 5 })),
    );
  });

  it('differs by person, and by any variable the result depends on', () => {
    const key = shareKey(args('u1', { first: 5 }));
    expect(shareKey(args('u2', { first: 5 }))).not.toBe(key);
    expect(shareKey(args('u1', { first: 6 }))).not.toBe(key);
  });

  it('differs when the viewer was read differently (a tab opened after a titularity proof)', () => {
    const before = args('u1', {});
    const after = args('u1', {});
    setShareScope(before.contextValue as object, '[[],"p0"]');
    setShareScope(after.contextValue as object, '[["p1"],"p0"]');
    expect(shareKey(before)).not.toBe(shareKey(after));
  });

  it('is null without a signed-in person (nothing shared)', () => {
    expect(shareKey(args(null, {}))).toBeNull();
  });
});
