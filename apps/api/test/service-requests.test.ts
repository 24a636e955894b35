// Solicitações: input rules (pt-BR, by field), idempotency, and what a request records — who asked,
// on whose behalf, through which grant, when, from which address — and who is e-mailed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, errorOf, invite, mails, sql, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let grantId: string;

const REQUEST = `mutation($input: RequestServiceInput!) { requestService(input: $input) {
  id protocolNumber type status installationNumber dueDay description requestedAt
  requester { fullName } onBehalfOf madeBy grant { id protocolNumber } clientAddress } }`;

interface Made {
  requestService: {
    id: string;
    protocolNumber: string;
    type: string;
    status: string;
    dueDay: number | null;
    description: string | null;
    requester: { fullName: string };
    onBehalfOf: string;
    madeBy: string;
    grant: { id: string; protocolNumber: string } | null;
    clientAddress: string | null;
  };
}

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  await w.f.bills(w.installations[0]!, { months: 2 });
  const g = await invite(api, w, { installationNumbers: [w.installations[0]!.number] });
  data(await accept(api, g.mailToken, w.inviteeToken));
  grantId = g.grant.id;
});
afterAll(() => api.close());

const n0 = () => w.installations[0]!.number;
const ask = (input: Record<string, unknown>, token = w.inviteeToken) =>
  api.gql<Made>(
    REQUEST,
    { input: { installationNumber: n0(), idempotencyKey: randomUUID(), ...input } },
    { token },
  );

describe('requestService input', () => {
  it.each([
    [
      { type: 'DUE_DATE_CHANGE' },
      'dueDay',
      'Escolha um dos dias de vencimento oferecidos: 5, 10, 15, 20, 25.',
    ],
    [
      { type: 'DUE_DATE_CHANGE', dueDay: 7 },
      'dueDay',
      'Escolha um dos dias de vencimento oferecidos: 5, 10, 15, 20, 25.',
    ],
    [{ type: 'POWER_OUTAGE', dueDay: 10 }, 'dueDay', 'Informar falta de energia não leva dia de vencimento.'],
    [
      { type: 'POWER_OUTAGE', description: 'x'.repeat(1001) },
      'description',
      'A descrição pode ter no máximo 1.000 caracteres.',
    ],
    [
      { type: 'POWER_OUTAGE', idempotencyKey: ' ' },
      'idempotencyKey',
      'Chave de idempotência inválida. Recarregue a página.',
    ],
  ])('%j → %s', async (input, field, message) => {
    const e = errorOf(await ask(input));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((e.extensions.fields as Record<string, string>)[field]).toBe(message);
    // Nothing recorded (these run before any request of the invitee).
    const rows = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from service_request where requester_id = ?`,
      [w.invitee.id],
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe('what a request records', () => {
  it('by the invitee: who, on whose behalf, through which grant, from where; e-mails to both', async () => {
    const r = data(await ask({ type: 'DUE_DATE_CHANGE', dueDay: 15 })).requestService;
    expect(r).toMatchObject({
      type: 'DUE_DATE_CHANGE',
      status: 'RECEIVED',
      dueDay: 15,
      requester: { fullName: w.invitee.fullName },
      onBehalfOf: w.partner.name,
      madeBy: 'INVITEE',
      grant: { id: grantId },
    });
    expect(r.protocolNumber).toMatch(/^SR-\d{4}-\d{6,}$/);
    expect(r.clientAddress).toMatch(/^127\.0\.0\.1(:\d+)?$/);
    const toInvitee = (await mails(api, 'service-request-received')).filter(
      (m) => m.to_email === w.invitee.email,
    );
    const toTitular = (await mails(api, 'service-request-on-your-behalf')).filter(
      (m) => m.to_email === w.titular.email,
    );
    expect(toInvitee.at(-1)!.text).toContain(r.protocolNumber);
    expect(toInvitee.at(-1)!.text).toContain('Novo dia de vencimento: 15.');
    expect(toTitular.at(-1)!.text).toContain(w.invitee.fullName);
    const step = await sql<{ data: { serviceRequestId: string } }>(
      api,
      `select data from access_grant_event where grant_id = ? and type = 'SERVICE_REQUESTED' order by id desc limit 1`,
      [grantId],
    );
    expect(step[0]!.data.serviceRequestId).toBe(r.id);
  });

  it('by the titular: no grant, one e-mail to the titular only', async () => {
    const before = (await mails(api, 'service-request-on-your-behalf')).length;
    const r = data(
      await ask({ type: 'POWER_OUTAGE', description: '  Sem energia desde as 14h  ' }, w.titularToken),
    ).requestService;
    expect(r).toMatchObject({ madeBy: 'TITULAR', grant: null, description: 'Sem energia desde as 14h' });
    expect((await mails(api, 'service-request-on-your-behalf')).length).toBe(before);
    const toTitular = (await mails(api, 'service-request-received')).filter(
      (m) => m.to_email === w.titular.email,
    );
    expect(toTitular.at(-1)!.text).toContain(r.protocolNumber);
  });

  it('the same key twice is the same request; with other contents, CONFLICT', async () => {
    const key = randomUUID();
    const first = data(
      await ask({ type: 'DUE_DATE_CHANGE', dueDay: 20, idempotencyKey: key }),
    ).requestService;
    const again = data(
      await ask({ type: 'DUE_DATE_CHANGE', dueDay: 20, idempotencyKey: key }),
    ).requestService;
    expect(again.protocolNumber).toBe(first.protocolNumber);
    const [a, b] = await Promise.all([
      ask({ type: 'POWER_OUTAGE', idempotencyKey: `${key}-2` }),
      ask({ type: 'POWER_OUTAGE', idempotencyKey: `${key}-2` }),
    ]);
    expect(data(a).requestService.protocolNumber).toBe(data(b).requestService.protocolNumber);
    expect(errorOf(await ask({ type: 'DUE_DATE_CHANGE', dueDay: 5, idempotencyKey: key })).code).toBe(
      'CONFLICT',
    );
    const rows = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from service_request where idempotency_key in (?, ?)`,
      [key, `${key}-2`],
    );
    expect(rows[0]!.n).toBe(2);
  });
});
