// Property-based: every query and mutation of the schema (read from the SDL at test time), with
// variables generated from its argument and input types — hostile strings (NUL, lone surrogates,
// every plane of Unicode, very long), extreme numbers, nulls where allowed — never gets an internal
// error: bad input is refused with a code a client can act on.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { createWorld, invite, type Invited, type World } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** Service-key operations: asked with a key holding every scope; the rest as a signed-in titular. */
const KEY_OPERATIONS = new Set([
  'transferInstallation',
  'deactivateInstallation',
  'removePartnerRepresentative',
  'endBusinessPartner',
]);
/** Ending the session would sign the rest of the run out. */
const SKIP = new Set(['signOut']);
const RUNS_PER_OPERATION = 12;

let api: TestApi;
let w: World;
let g: Invited;
let keyHeaders: Record<string, string>;

/** Strings a client may send: valid-looking ones from the fixtures, and the hostile kinds. */
function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.constantFrom(
      '',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfffy',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
      '‮evil',
      "'; drop table app_user; --",
      '%00',
      '../../etc/passwd',
      'a'.repeat(20_000),
      '00000000-0000-0000-0000-000000000000',
      '529.982.247-25',
      'MTIzNA',
    ),
    fc.constant(g.grant.id),
    fc.constant(g.mailToken),
    fc.constant(w.installations[0]!.number),
    fc.constant(w.partner.id),
    fc.constant(w.partner.number),
  );
}

function arbitraryFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  return isNonNullType(type) ? baseArbitrary(type.ofType) : fc.option(baseArbitrary(type), { nil: null });
}

function baseArbitrary(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type)])));
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1e308));
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    default:
      // String, ID and custom scalars (DateTimeISO, JSON…): strings, hostile or plausible.
      return fc.oneof(
        hostileString(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
  }
}

function documentFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const decl = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}(${decl}) { ${field.name}(${pass})${selection} }`;
}

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  g = await invite(api, w);
  const { key } = await new ApiKeyService().create(api.orm.em.fork(), 'property', [
    'installation-access:read',
    'customers:write',
  ]);
  keyHeaders = { 'x-api-key': key };
});

afterAll(async () => {
  await api?.close();
});

describe('every GraphQL input, generated from the schema', () => {
  const roots: Array<[string, ReturnType<typeof schema.getQueryType>]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [kind, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.length === 0 || SKIP.has(field.name)) continue;
      it(`${kind} ${field.name}: never an internal error`, { timeout: 120_000 }, async () => {
        const doc = documentFor(kind, field);
        const vars = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])));
        const headers = KEY_OPERATIONS.has(field.name)
          ? keyHeaders
          : { authorization: `Bearer ${w.titularToken}` };
        await fc.assert(
          fc.asyncProperty(vars, async (variables) => {
            const r = await api.gql(doc, variables, { headers });
            const codes = (r.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
            expect(codes, JSON.stringify(variables).slice(0, 500)).not.toContain('INTERNAL_SERVER_ERROR');
            expect(codes).not.toContain('NO_CODE');
          }),
          { numRuns: RUNS_PER_OPERATION, seed: 15_015 },
        );
      });
    }
  }
});
