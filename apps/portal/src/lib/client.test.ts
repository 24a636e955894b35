// The browser client's HTTP side (urql's fetch exchange) against a stubbed fetch: what reaches the
// API (the portal's same-origin /graphql with the cookie, every query from the network) and what a
// page gets back (data, the API's first error, or a network error).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from './graphql/generated/documents/Me.ts';
import { RevokeAccessGrantDocument } from './graphql/generated/documents/RevokeAccessGrant.ts';

const me = {
  id: 'u1',
  fullName: 'Maria Souza',
  cpf: '52998224725',
  email: 'maria@delega.dev',
  emailVerified: true,
};

function answer(body: object, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/graphql-response+json' },
  });
}

let fetchMock: ReturnType<typeof vi.fn<(url: string, init: RequestInit) => Promise<Response>>>;

beforeEach(() => {
  vi.resetModules();
  fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the browser GraphQL client', () => {
  it("asks the portal's /graphql with the session cookie, and every query from the network", async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer({ data: { me } })));
    const { query } = await import('./client.ts');
    expect(await query(MeDocument, {})).toEqual({ data: { me }, error: null });
    expect(await query(MeDocument, {})).toEqual({ data: { me }, error: null });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    // urql sends the document as it printed it (its own line breaks); the operation is the same.
    expect(typeof init.body).toBe('string');
    const body = JSON.parse(init.body as string) as { query: string; variables: unknown };
    const bare = (q: string) => q.replace(/\s+/g, '');
    expect(bare(body.query)).toBe(bare(MeDocument.toString()));
    expect(body.variables).toEqual({});
  });

  it("gives the page the API's error with its code, message and fields", async () => {
    fetchMock.mockResolvedValue(
      answer(
        {
          data: null,
          errors: [
            {
              message: 'Você não pode retirar este acesso.',
              extensions: { code: 'FORBIDDEN', fields: { 'input.id': 'Acesso desconhecido.' } },
            },
          ],
        },
        403,
      ),
    );
    const { mutate } = await import('./client.ts');
    const result = await mutate(RevokeAccessGrantDocument, { id: 'g1' });
    expect(result.data).toBeNull();
    expect(result.error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Você não pode retirar este acesso.',
      fields: { id: 'Acesso desconhecido.' },
    });
  });

  it('says the server could not be reached when the request fails', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const { query } = await import('./client.ts');
    const result = await query(MeDocument, {});
    expect(result.error?.code).toBe('NETWORK');
    expect(result.error?.message).toMatch(/Não conseguimos falar com o servidor/);
  });
});
