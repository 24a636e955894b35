// The API as an Apollo Federation 2 subgraph: it composes with another team's subgraph, and the
// supergraph's `_entities` queries reach Installation (accessFor(cpf) answer, active grants) and
// AccessGrant through our API under the same rules as our own queries.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { accept, createWorld, data, errorOf, invite, type Invited, type World } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let key: string;
let noScopeKey: string;
let w: World;
let g: Invited;

/** A made-up subgraph of another team: meters, keyed on the same installation number. */
const METERS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Installation @key(fields: "number") {
  number: String!
  meterSerial: String
}
type Query {
  meters: [Installation!]!
}`;

const ENTITIES = `query($r: [_Any!]!, $cpf: String!) {
  _entities(representations: $r) {
    __typename
    ... on Installation { number accessFor(cpf: $cpf) { allowed reason scopes grant { id } } activeGrants { id validUntil } }
    ... on AccessGrant { id status }
  }
}`;

beforeAll(async () => {
  api = await startTestApi();
  const keys = new ApiKeyService();
  key = (await keys.create(api.orm.em.fork(), 'supergraph', ['installation-access:read'])).key;
  noScopeKey = (await keys.create(api.orm.em.fork(), 'supergraph-none', ['webhooks:manage'])).key;
  w = await createWorld(api);
  g = await invite(api, w);
  expect((await accept(api, g.mailToken, w.inviteeToken)).errors).toBeUndefined();
});
afterAll(async () => api?.close());

const asKey = (k: string) => ({ headers: { 'x-api-key': k } });

describe('federation', () => {
  it('our _service SDL composes with another subgraph into a supergraph', async () => {
    const r = await api.gql<{ _service: { sdl: string } }>(`{ _service { sdl } }`, {}, asKey(key));
    const sdl = data(r)._service.sdl;
    expect(sdl).toContain('@key(fields: "number")');
    const result = composeServices([
      { name: 'delega', typeDefs: parse(sdl), url: api.url },
      { name: 'meters', typeDefs: parse(METERS_SDL), url: 'http://meters.invalid/graphql' },
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.supergraphSdl).toMatch(/type Installation[\s\S]*meterSerial/);
    expect(result.supergraphSdl).toMatch(/type Installation\s+@join__type\(graph: DELEGA, key: "number"/);
    expect(result.supergraphSdl).toMatch(/@join__type\(graph: METERS, key: "number"/);
  });

  it('_service needs a service key (introspection is off here)', async () => {
    expect(errorOf(await api.gql(`{ _service { sdl } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.gql(`{ _service { sdl } }`, {}, { token: w.titularToken })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('_entities: an Installation by number answers access(cpf) and its active grants for a service key', async () => {
    const n = w.installations[0]!.number;
    const r = await api.gql<{ _entities: Array<Record<string, unknown>> }>(
      ENTITIES,
      { r: [{ __typename: 'Installation', number: n }], cpf: w.invitee.cpf },
      asKey(key),
    );
    const [inst] = data(r)._entities;
    expect(inst).toMatchObject({
      __typename: 'Installation',
      number: n,
      accessFor: { allowed: true, reason: 'GRANTED', grant: { id: g.grant.id } },
    });
    expect((inst!.activeGrants as Array<{ id: string }>).map((x) => x.id)).toEqual([g.grant.id]);
  });

  it('a reference exposes no address, and a key without the scope is refused', async () => {
    const n = w.installations[0]!.number;
    const street = await api.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Installation { street } } }`,
      { r: [{ __typename: 'Installation', number: n }] },
      asKey(key),
    );
    expect(errorOf(street).code).toBe('FORBIDDEN');
    const r = await api.gql(
      ENTITIES,
      { r: [{ __typename: 'Installation', number: n }], cpf: w.invitee.cpf },
      asKey(noScopeKey),
    );
    expect(errorOf(r).code).toBe('FORBIDDEN');
    const anon = await api.gql(ENTITIES, {
      r: [{ __typename: 'Installation', number: n }],
      cpf: w.invitee.cpf,
    });
    expect(errorOf(anon).code).toBe('UNAUTHENTICATED');
  });

  it('bad representations are VALIDATION_FAILED, not an internal error', async () => {
    for (const rep of [{ __typename: 'Nope', id: 'x' }, { __typename: 'Installation' }, 'texto', null]) {
      const r = await api.gql(ENTITIES, { r: [rep], cpf: w.invitee.cpf }, asKey(key));
      expect(['VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(errorOf(r).code);
    }
  });

  it('_entities: an AccessGrant by id for its titular; null for a stranger; refused to a service key', async () => {
    const rep = { r: [{ __typename: 'AccessGrant', id: g.grant.id }], cpf: w.invitee.cpf };
    const own = await api.gql<{ _entities: Array<Record<string, unknown>> }>(ENTITIES, rep, {
      token: w.titularToken,
    });
    expect(data(own)._entities).toEqual([{ __typename: 'AccessGrant', id: g.grant.id, status: 'ACCEPTED' }]);
    const stranger = await api.gql<{ _entities: unknown[] }>(ENTITIES, rep, { token: w.strangerToken });
    expect(data(stranger)._entities).toEqual([null]);
    expect(errorOf(await api.gql(ENTITIES, rep, asKey(key))).code).toBe('FORBIDDEN');
  });

  it('the portal keeps working on the same endpoint: Installation.accessFor for a titular', async () => {
    const n = w.installations[0]!.number;
    const r = await api.gql<{ _entities: Array<{ accessFor: { reason: string } }> }>(
      `query($r: [_Any!]!, $cpf: String!) { _entities(representations: $r) { ... on Installation { accessFor(cpf: $cpf) { reason } } } }`,
      { r: [{ __typename: 'Installation', number: n }], cpf: w.titular.cpf },
      { token: w.titularToken },
    );
    expect(data(r)._entities[0]!.accessFor.reason).toBe('TITULAR');
  });
});
