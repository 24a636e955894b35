// A query changes nothing: a mail scanner or link preview that fetches a page (GET) must not confirm
// an address, reset a password or record a view. Mutations are refused over GET (Apollo: 405), and
// no query field writes to the database (measured by transaction ids: a read allocates none).
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/common/tokens.ts';
import { sql } from './accounts-helpers.ts';
import { createWorld, invite, type Invited, type World } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let w: World;
let invited: Invited;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  invited = await invite(api, w);
});
afterAll(() => api?.close());

/**
 * What a query could change: every table's rows, as one digest per table. Bookkeeping is left out:
 * throttle counters (rate_limit) and when a session or key was last used.
 */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await sql<{ t: string }[]>(
    api,
    `select tablename as t from pg_tables where schemaname = 'public' and tablename <> 'rate_limit' order by 1`,
  );
  const cols: Record<string, string> = { session: 'id, revoked_at', api_key: 'id, revoked_at' };
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [r] = await sql<{ d: string }[]>(
      api,
      `select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as d from (select ${cols[t] ?? '*'} from "${t}") x`,
    );
    out[t] = r!.d;
  }
  return out;
}

describe('GET /graphql', () => {
  it('refuses mutations (verifyEmail, resetPassword): 405, and the token stays unused', async () => {
    const base = api.url;
    const token = 'um-token-qualquer-de-verificacao';
    await sql(
      api,
      `insert into account_token (id, user_id, purpose, token_hash, email, expires_at)
         values (gen_random_uuid(), ?, 'EMAIL_VERIFICATION', ?, ?, now() + interval '1 day')`,
      [w.invitee.id, hashToken(token), w.invitee.email],
    );
    for (const q of [
      `mutation { verifyEmail(token: "${token}") }`,
      `mutation { resetPassword(input: { token: "${token}", password: "Luz acesa na varanda" }) }`,
    ]) {
      const res = await fetch(`${base}?query=${encodeURIComponent(q)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
    const [t] = await sql<{ used_at: Date | null }[]>(
      api,
      `select used_at from account_token where token_hash = ?`,
      [hashToken(token)],
    );
    expect(t!.used_at).toBeNull();
  });

  it('refuses a GET without a preflight header (a plain link or image cannot run even a query)', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('queries', () => {
  function sample(name: string, type: GraphQLInputType): string | null {
    const samples: Record<string, string> = {
      id: JSON.stringify(invited.grant.id),
      grantId: JSON.stringify(invited.grant.id),
      token: JSON.stringify(invited.copyToken),
      installationNumber: JSON.stringify(w.installations[0]!.number),
      number: JSON.stringify(w.installations[0]!.number),
      businessPartnerId: JSON.stringify(w.partner.id),
      cpf: JSON.stringify(w.titular.cpf),
      code: JSON.stringify('0000000000'),
      numbers: JSON.stringify([w.installations[0]!.number]),
    };
    if (samples[name]) return samples[name];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0]!.name;
    if (isScalarType(named) && named.name === 'Int') return '1';
    if (isInputObjectType(named) || isListType(type)) return null;
    return null;
  }

  /** Each Query field reachable with sample arguments, as a document selecting its scalars. */
  function queries(): Array<{ name: string; doc: string }> {
    const out: Array<{ name: string; doc: string }> = [];
    for (const f of Object.values(api.app.schema.getQueryType()!.getFields())) {
      const args: string[] = [];
      let ok = true;
      for (const a of f.args) {
        if (!isNonNullType(a.type) || a.defaultValue !== undefined) continue;
        const v = sample(a.name, a.type);
        if (v === null) ok = false;
        else args.push(`${a.name}: ${v}`);
      }
      if (!ok) continue;
      const named = getNamedType(f.type);
      const fields = isObjectType(named)
        ? Object.values(named.getFields())
            .filter((x) => isLeafType(getNamedType(x.type)) && x.args.every((y) => !isNonNullType(y.type)))
            .map((x) => x.name)
        : [];
      const selection = fields.length ? `{ __typename ${fields.join(' ')} }` : '';
      out.push({
        name: f.name,
        doc: `{ ${f.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
      });
    }
    return out;
  }

  /** Names of the tables a document changed, asked by each kind of caller. */
  async function changes(doc: string): Promise<string[]> {
    const changed = new Set<string>();
    for (const token of [w.titularToken, w.inviteeToken, undefined]) {
      const before = await fingerprint();
      await api.gql(doc, {}, token ? { token } : {});
      await api.app.services.sessions.settle();
      const after = await fingerprint();
      for (const t of Object.keys(after)) if (after[t] !== before[t]) changed.add(t);
    }
    return [...changed];
  }

  it('no query field changes anything, for the titular, the invitee or anonymously', async () => {
    // The probe sees writes: a mutation that e-mails a link changes account_token and mail_message.
    expect(await changes(`mutation { requestPasswordReset(email: "${w.stranger.email}") }`)).toEqual(
      expect.arrayContaining(['account_token', 'mail_message']),
    );
    const all = queries();
    expect(all.map((q) => q.name)).toEqual(
      expect.arrayContaining(['me', 'accessInvite', 'accessGrant', 'installations', 'accessGrantsGiven']),
    );
    for (const q of all) expect(await changes(q.doc), `${q.name} changed the database`).toEqual([]);
  });
});
