// The protocol PDF (contents read back with pdfjs-dist), who may download it, and public verification.
import { formatCpf, maskCpf, maskDocument } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import type { Installation } from '../src/modules/customers/installation.entity.ts';
import { AccessGrantStatus } from '../src/modules/grants/access-grant.entity.ts';
import { createFactories, type Factories } from '../src/seeds/factories.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { settled } from './jobs.ts';
import { RENDER_AHEAD_MIN_INSTALLATIONS } from '../src/modules/protocol/protocol.jobs.ts';

let api: TestApi;
let base: string;
let em: EntityManager;
let f: Factories;
let titular: User;
let titularToken: string;
let invitee: User;
let inviteeToken: string;
let strangerToken: string;
let partner: BusinessPartner;
let installations: Installation[];

/** Text of the given pages (1-based; default all), whitespace collapsed. */
async function pdfText(pdf: Uint8Array, pages?: number[]): Promise<{ text: string; numPages: number }> {
  const task = getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const wanted = pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
  const parts: string[] = [];
  for (const n of wanted) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  const numPages = doc.numPages;
  await task.destroy();
  return { text: parts.join('\n').replace(/\s+/g, ' '), numPages };
}

async function download(grantId: string, token?: string): Promise<Response> {
  return fetch(`${base}/protocol/${grantId}.pdf`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function verify(code: string) {
  const r = await api.gql<{ verifyProtocol: Record<string, unknown> | null }>(
    `query ($code: String!) { verifyProtocol(code: $code) {
       protocolNumber status createdAt inviteExpiresAt acceptedAt endedAt installationCount activeInstallationCount } }`,
    { code },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.verifyProtocol;
}

beforeAll(async () => {
  // Introspection is off unless asked for: the test reads the public type's fields.
  api = await startTestApi({ env: { GRAPHQL_INTROSPECTION: '1' } });
  base = api.url.replace('/graphql', '');
  em = api.orm.em.fork();
  f = createFactories(em, 42);
  titular = await f.user({ fullName: 'Ana Beatriz Souza' });
  invitee = await f.user({ fullName: 'Bruno Lima Araújo' });
  const stranger = await f.user();
  titularToken = await f.session(titular);
  inviteeToken = await f.session(invitee);
  strangerToken = await f.session(stranger);
  partner = await f.businessPartner({ name: 'Souza & Filhos Comércio Ltda.', document: '12ABC34501DE35' });
  installations = await f.installations(partner, 5);
});
afterAll(() => api?.close());

const inviteeData = () => ({ fullName: invitee.fullName, cpf: invitee.cpf, email: invitee.email });

/** An accepted grant of all `installations` from `titular` to `invitee`. */
async function acceptedGrant() {
  const { grant } = await f.grant({
    titular,
    partner,
    installations,
    invitee,
    inviteeData: inviteeData(),
    status: AccessGrantStatus.ACCEPTED,
  });
  return grant;
}

/** The protocol as the titular downloads it, read back (see `pdfText`). */
async function titularPdfText(grantId: string, pages?: number[]) {
  return pdfText(new Uint8Array(await (await download(grantId, titularToken)).arrayBuffer()), pages);
}

describe('GET /protocol/<id>.pdf', () => {
  it('gives the titular a PDF with everything the protocol records, and logs the download', async () => {
    const { grant } = await f.grant({ titular, partner, installations, inviteeData: inviteeData() });
    const res = await download(grant.id, titularToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="protocolo-${grant.protocolNumber}.pdf"`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');

    const { text, numPages } = await pdfText(bytes);
    expect(numPages).toBe(1);
    expect(text).toContain('Protocolo de concessão de acesso');
    expect(text).toContain(`Protocolo nº ${grant.protocolNumber}`);
    // Titular, partner and invitee, with masked documents only.
    expect(text).toContain('Ana Beatriz Souza');
    expect(text).toContain(maskCpf(titular.cpf)!);
    expect(text).toContain('Souza & Filhos Comércio Ltda.');
    expect(text).toContain(partner.number);
    expect(text).toContain(maskDocument(partner.document)!);
    expect(text).toContain('Bruno Lima Araújo');
    expect(text).toContain(maskCpf(invitee.cpf)!);
    expect(text).toContain(invitee.email);
    for (const cpf of [titular.cpf, invitee.cpf]) {
      expect(text).not.toContain(formatCpf(cpf)!);
      expect(text.replace(/\D/g, ' ')).not.toMatch(new RegExp(`\\b${cpf}\\b`));
    }
    // Status, dates (São Paulo), expiry.
    expect(text).toContain('Convite enviado, aguardando resposta');
    expect(text).toMatch(/12 horas, até \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2} \(horário de Brasília\)/);
    // Every installation, with its address.
    for (const i of installations) {
      expect(text).toContain(i.number);
      expect(text).toContain(`${i.street}, ${i.streetNumber}`);
    }
    expect(text).toContain(`${installations[0]!.city}/SP`);
    // The terms the titular agreed to, with version.
    expect(text).toContain('Termos aceitos pelo titular (versão 2026-07)');
    const terms = text.replace(/ [1-6]\. /g, ' '); // list markers land mid-line in extraction order
    expect(terms).toContain('Caso não seja aceito nas próximas 12 horas, o link ficará indisponível');
    expect(terms).toContain('a qualquer momento e com efeitos imediatos');
    expect(terms).toContain('Termos de Uso das Plataformas do Grupo CPFL');
    // Verification.
    expect(text).toContain(grant.verificationCode);
    expect(text.replace(/\s/g, '')).toContain(`http://portal.test/protocolo/${grant.verificationCode}`);

    const events = await em
      .fork()
      .execute<Array<{ type: string; actor_role: string; actor_id: string }>>(
        `select type, actor_role, actor_id from access_grant_event where grant_id = ?`,
        [grant.id],
      );
    expect(events).toEqual([{ type: 'PROTOCOL_DOWNLOADED', actor_role: 'TITULAR', actor_id: titular.id }]);
  });

  it('marks revoked installations', async () => {
    const grant = await acceptedGrant();
    await em
      .fork()
      .execute(
        `update access_grant_installation set revoked_at = '2026-11-27T14:06:00Z' where grant_id = ? and installation_id = ?`,
        [grant.id, installations[1]!.id],
      );
    const { text } = await titularPdfText(grant.id);
    expect(text).toContain('Retirada em 27/11/2026 às 11:06');
    expect(text).toContain('(1 retirada)');
    expect(text).toContain('Aceito: acesso concedido');
  });

  it('only the titular, and the invitee once accepted; everyone else gets 404', async () => {
    const invited = (await f.grant({ titular, partner, installations, invitee, inviteeData: inviteeData() }))
      .grant;
    const accepted = await acceptedGrant();

    expect((await download(invited.id, titularToken)).status).toBe(200);
    expect((await download(invited.id, inviteeToken)).status).toBe(404);
    expect((await download(invited.id, strangerToken)).status).toBe(404);
    expect((await download(accepted.id, inviteeToken)).status).toBe(200);
    expect((await download(accepted.id, strangerToken)).status).toBe(404);

    const anonymous = await download(accepted.id);
    expect(anonymous.status).toBe(401);
    const unknown = await download('00000000-0000-4000-8000-000000000000', titularToken);
    expect(unknown.status).toBe(404);
    expect(
      ((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await fetch(`${base}/protocol/not-a-uuid.pdf`, {
          headers: { authorization: `Bearer ${titularToken}` },
        })
      ).status,
    ).toBe(404);

    const events = await em
      .fork()
      .execute<Array<{ actor_role: string }>>(
        `select actor_role from access_grant_event where grant_id = ? and type = 'PROTOCOL_DOWNLOADED'`,
        [accepted.id],
      );
    expect(events).toEqual([{ actor_role: 'INVITEE' }]);
  });

  it('serves the stored PDF while the grant is unchanged, and the current one after every change', async () => {
    // A partner of the titular's own (their CPF), so that the titular may revoke through the API.
    const own = await f.businessPartner({ name: 'Ana Beatriz Souza', document: titular.cpf });
    const mine = await f.installations(own, 5);
    const { grant } = await f.grant({
      titular,
      partner: own,
      installations: mine,
      invitee,
      inviteeData: inviteeData(),
      status: AccessGrantStatus.ACCEPTED,
    });
    const pdf = async (token = titularToken) =>
      Buffer.from(await (await download(grant.id, token)).arrayBuffer());
    const first = await pdf();
    // The same bytes again (a new render would carry a new "Documento gerado em" and creation date),
    // to the invitee too: the policy still decides, the stored file only saves the layout.
    expect((await pdf()).equals(first)).toBe(true);
    expect((await pdf(inviteeToken)).equals(first)).toBe(true);
    expect((await download(grant.id, strangerToken)).status).toBe(404);
    const stored = await em
      .fork()
      .execute<Array<{ n: string }>>(`select count(*) as n from protocol_document where grant_id = ?`, [
        grant.id,
      ]);
    expect(Number(stored[0]!.n)).toBe(1);

    // The titular removes one installation: the next download shows it removed.
    const revoke = `mutation($id: ID!, $numbers: [String!]) {
      revokeAccessGrant(id: $id, installationNumbers: $numbers) { id status } }`;
    const partial = await api.gql(
      revoke,
      { id: grant.id, numbers: [mine[2]!.number] },
      { token: titularToken },
    );
    expect(partial.errors).toBeUndefined();
    const afterPartial = await pdf();
    expect(afterPartial.equals(first)).toBe(false);
    expect((await pdfText(new Uint8Array(afterPartial))).text).toContain('(1 retirada)');

    // Then the whole grant: the next download, the invitee's too, says it ended.
    const whole = await api.gql(revoke, { id: grant.id }, { token: titularToken });
    expect(whole.errors).toBeUndefined();
    const { text } = await pdfText(new Uint8Array(await pdf(inviteeToken)));
    expect(text).toContain('Encerrado: permissão de acesso retirada');
    expect(text).toContain('Retirada em');
    expect((await pdf()).equals(await pdf(inviteeToken))).toBe(true);
  });

  it('renders a large grant’s PDF ahead after a change, so the next download serves it without rendering', async () => {
    const own = await f.businessPartner({ name: 'Ana Beatriz Souza', document: titular.cpf });
    const many = await f.installations(own, RENDER_AHEAD_MIN_INSTALLATIONS);
    const few = await f.installations(own, 3);
    const accepted = async (list: Installation[]) =>
      (
        await f.grant({
          titular,
          partner: own,
          installations: list,
          invitee,
          inviteeData: inviteeData(),
          status: AccessGrantStatus.ACCEPTED,
        })
      ).grant;
    const [large, small] = [await accepted(many), await accepted(few)];
    const stored = (grantId: string) =>
      em
        .fork()
        .execute<Array<{ pdf: Buffer }>>(`select pdf from protocol_document where grant_id = ?`, [grantId]);
    const revoke = `mutation($id: ID!, $numbers: [String!]) {
      revokeAccessGrant(id: $id, installationNumbers: $numbers) { id } }`;
    for (const [grant, number] of [
      [large, many[0]!.number],
      [small, few[0]!.number],
    ] as const) {
      const r = await api.gql(revoke, { id: grant.id, numbers: [number] }, { token: titularToken });
      expect(r.errors).toBeUndefined();
    }
    // No download yet: the large grant's change has a protocol.render job render and store it.
    await settled(api.databaseUrl, 'protocol.render');
    const [ahead] = await stored(large.id);
    expect(ahead).toBeDefined();
    expect((await pdfText(new Uint8Array(ahead!.pdf), [1])).text).toContain('(1 retirada)');
    const downloaded = Buffer.from(await (await download(large.id, titularToken)).arrayBuffer());
    expect(downloaded.equals(ahead!.pdf)).toBe(true);
    // A small grant renders within the download itself: nothing rendered ahead, current when asked.
    expect(await stored(small.id)).toEqual([]);
    const { text } = await titularPdfText(small.id);
    expect(text).toContain('(1 retirada)');
  });

  it('lists installations in fixed columns, an address too long for its column continuing under it', async () => {
    const [long] = await f.installations(partner, 1);
    await em
      .fork()
      .execute(`update installation set street = ?, complement = ? where id = ?`, [
        'Avenida Doutor Heitor Penteado de Almeida Prado Filho',
        'Bloco C, Apartamento 1204',
        long!.id,
      ]);
    const { grant } = await f.grant({ titular, partner, installations: [long!], inviteeData: inviteeData() });
    const res = await download(grant.id, titularToken);
    const task = getDocument({ data: new Uint8Array(await res.arrayBuffer()), verbosity: 0 });
    const doc = await task.promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.flatMap((i) =>
      'str' in i && i.str.trim()
        ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number }]
        : [],
    );
    await task.destroy();
    const row = (y: number) => items.filter((i) => Math.abs(i.y - y) < 0.5).sort((a, b) => a.x - b.x);
    const header = row(items.find((i) => i.str === 'Instalação')!.y);
    expect(header.map((i) => i.str)).toEqual(['Instalação', 'Endereço', 'CEP', 'Cidade/UF', 'Situação']);
    const line = row(items.find((i) => i.str === long!.number)!.y);
    expect(line.map((i) => i.str).join(' ')).toMatch(/^\d+ Avenida Doutor Heitor Penteado .* Incluída$/);
    // Each column starts where its header does; the rest of the address continues under "Endereço".
    const x = (cells: typeof items, text: string) => cells.find((i) => i.str.includes(text))!.x;
    expect(line[0]!.x).toBeCloseTo(header[0]!.x, 1);
    expect(x(line, 'Avenida')).toBeCloseTo(header[1]!.x, 1);
    expect(x(line, '-')).toBeCloseTo(header[2]!.x, 1);
    expect(x(line, 'Incluída')).toBeCloseTo(header[4]!.x, 1);
    const continued = items.filter((i) => i.y < line[0]!.y && i.y > line[0]!.y - 12);
    expect(continued.map((i) => i.str).join(' ')).toContain('1204');
    expect(continued[0]!.x).toBeCloseTo(header[1]!.x, 1);
  });

  it('renders a 10,000-installation protocol over many pages', async () => {
    const many = await f.installations(partner, 10_000);
    const { grant } = await f.grant({ titular, partner, installations: many, inviteeData: inviteeData() });
    const started = Date.now();
    const res = await download(grant.id, titularToken);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const ms = Date.now() - started;
    const { numPages } = await pdfText(bytes, []);
    expect(numPages).toBeGreaterThan(50);
    const sorted = many.map((i) => i.number).sort();
    const first = await pdfText(bytes, [1, 2]);
    expect(first.text).toContain('Instalações incluídas: 10.000 instalações');
    expect(first.text).toContain(sorted[0]!);
    const last = await pdfText(bytes, [numPages]);
    expect(last.text).toContain(sorted.at(-1)!);
    expect(last.text).toContain(`Página ${numPages} de ${numPages}`);
    console.log(
      `10,000 installations: ${numPages} pages, ${(bytes.length / 1024).toFixed(0)} KiB, ${ms} ms (HTTP)`,
    );
  }, 120_000);
});

describe('verifyProtocol', () => {
  it('returns live status and counts without personal data; null for unknown codes', async () => {
    const { grant } = await f.grant({ titular, partner, installations, inviteeData: inviteeData() });
    const v = await verify(grant.verificationCode);
    expect(v).toMatchObject({
      protocolNumber: grant.protocolNumber,
      status: 'INVITED',
      acceptedAt: null,
      endedAt: null,
      installationCount: 5,
      activeInstallationCount: 5,
    });
    expect(new Date(v!.inviteExpiresAt as string).getTime()).toBe(grant.inviteExpiresAt.getTime());
    expect(await verify(grant.verificationCode.toLowerCase())).toMatchObject({
      protocolNumber: grant.protocolNumber,
    });
    expect(await verify('ZZZZZZZZZZZZZZZZZZZZ')).toBeNull();
    expect(await verify('')).toBeNull();

    const type = await api.gql<{ __type: { fields: Array<{ name: string }> } }>(
      `{ __type(name: "ProtocolVerification") { fields { name } } }`,
    );
    expect(type.data!.__type.fields.map((x) => x.name).sort()).toEqual([
      'acceptedAt',
      'activeInstallationCount',
      'createdAt',
      'endedAt',
      'installationCount',
      'inviteExpiresAt',
      'protocolNumber',
      'status',
    ]);
  });

  it('an unanswered invite past its expiry shows EXPIRED (database clock), before any sweep', async () => {
    const { grant } = await f.grant({ titular, partner, installations, inviteeData: inviteeData() });
    await em
      .fork()
      .execute(`update access_grant set invite_expires_at = now() - interval '1 minute' where id = ?`, [
        grant.id,
      ]);
    const v = await verify(grant.verificationCode);
    expect(v).toMatchObject({ status: 'EXPIRED', activeInstallationCount: 0 });
    expect(v!.endedAt).toBe(v!.inviteExpiresAt);
    const { text } = await titularPdfText(grant.id, [1]);
    expect(text).toContain('Expirado: não foi aceito em 12 horas');
  });

  it('shows acceptance, partial revocation and the end of the grant', async () => {
    const grant = await acceptedGrant();
    expect(await verify(grant.verificationCode)).toMatchObject({
      status: 'ACCEPTED',
      activeInstallationCount: 5,
    });
    expect((await verify(grant.verificationCode))!.acceptedAt).not.toBeNull();

    const db = em.fork();
    await db.execute(
      `update access_grant_installation set revoked_at = now() where grant_id = ? and installation_id = ?`,
      [grant.id, installations[0]!.id],
    );
    expect(await verify(grant.verificationCode)).toMatchObject({
      status: 'ACCEPTED',
      installationCount: 5,
      activeInstallationCount: 4,
    });

    await db.execute(
      `update access_grant set status = 'REVOKED', ended_at = now(), end_reason = 'REVOKED_BY_TITULAR' where id = ?`,
      [grant.id],
    );
    const v = await verify(grant.verificationCode);
    expect(v).toMatchObject({ status: 'REVOKED', activeInstallationCount: 0 });
    expect(v!.endedAt).not.toBeNull();
  });
});
