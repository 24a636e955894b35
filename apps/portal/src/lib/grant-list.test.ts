import { describe, expect, it, vi } from 'vitest';
import type {
  AccessGrantConnectionFieldsFragment as GrantPage,
  AccessGrantFieldsFragment as Grant,
} from './graphql/generated/graphql.ts';
import { GrantList } from './grant-list.svelte.ts';

function grant(id: string, status: Grant['status'] = 'INVITED'): Grant {
  return {
    id,
    protocolNumber: `P-${id}`,
    status,
    viewerRole: 'TITULAR',
    scopes: ['VIEW_BILLS', 'REQUEST_SERVICES'],
    installationCount: 1,
    activeInstallationCount: 0,
    createdAt: '2025-01-01T12:00:00.000Z',
    inviteExpiresAt: '2025-01-02T00:00:00.000Z',
    acceptedAt: null,
    endedAt: null,
    endReason: null,
    validUntil: null,
    canResend: true,
    canRevoke: true,
    businessPartner: { id: 'bp', number: '1', name: 'Parceiro' },
    titular: { fullName: 'Titular' },
    invitee: { fullName: 'Convidado', cpf: '000.000.000-00', email: 'c@example.com' },
  };
}

function page(grants: Grant[], totalCount: number, endCursor: string | null = null): GrantPage {
  return {
    totalCount,
    edges: grants.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  };
}

describe('GrantList', () => {
  it('replaces a known row in place and puts a new one first, counting it', () => {
    vi.useFakeTimers();
    const list = new GrantList(page([grant('a'), grant('b')], 2), 'TITULAR', () =>
      Promise.resolve(undefined),
    );
    list.upsert(grant('b', 'ACCEPTED'));
    list.upsert(grant('c'), false);
    expect(list.grants.map((g) => [g.id, g.status])).toEqual([
      ['c', 'INVITED'],
      ['a', 'INVITED'],
      ['b', 'ACCEPTED'],
    ]);
    expect(list.total).toBe(3);
    expect(list.changed).toEqual({ b: true });
    vi.advanceTimersByTime(6000);
    expect(list.changed).toEqual({});
    vi.useRealTimers();
  });

  it('re-reads at least as many rows as are shown, and keeps them when the call fails', async () => {
    const read = vi.fn(() => Promise.resolve<GrantPage | undefined>(page([grant('x')], 7, 'x')));
    const list = new GrantList(page([grant('a')], 1), 'TITULAR', read);
    await list.refresh();
    expect(read).toHaveBeenLastCalledWith({ first: 50 });
    expect(list.grants.map((g) => g.id)).toEqual(['x']);
    expect(list.total).toBe(7);
    expect(list.pageInfo).toEqual({ hasNextPage: true, endCursor: 'x' });
    read.mockResolvedValueOnce(undefined);
    await list.refresh();
    expect(list.grants.map((g) => g.id)).toEqual(['x']);
  });

  it('appends the next page after the cursor without repeating rows', async () => {
    const read = vi.fn(() => Promise.resolve(page([grant('b'), grant('c')], 3)));
    const list = new GrantList(page([grant('a'), grant('b')], 3, 'b'), 'TITULAR', read);
    await list.loadMore();
    expect(read).toHaveBeenCalledWith({ first: 50, after: 'b' });
    expect(list.grants.map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(list.pageInfo.hasNextPage).toBe(false);
    await list.loadMore();
    expect(read).toHaveBeenCalledTimes(1);
  });
});
