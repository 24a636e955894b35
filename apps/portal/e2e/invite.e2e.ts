// The invite page's other outcomes: an expired invite (for a stranger, for the invitee, and re-sent by
// the titular), a mismatched account, and a declined invite.
import { expect, test } from 'vitest';
import {
  checkA11y,
  inviteByApi,
  linkTo,
  newContext,
  open,
  shot,
  signIn,
  useBrowser,
  useDatabase,
  waitForMail,
} from './helpers.ts';

// The demo invitee account (see the API seed / README).
const CONVIDADO = { fullName: 'Lucas Ferreira Lima', cpf: '596.235.233-51', email: 'convidado@delega.dev' };

useBrowser();
const sql = useDatabase();

test('convite expirado: página clara para quem tem o link e para o convidado; o titular convida de novo', async () => {
  const { grantId, inviteUrl } = await inviteByApi(
    'titular@delega.dev',
    '1000000003',
    ['3200000001'],
    CONVIDADO,
  );
  const firstMailLink = linkTo(
    await waitForMail(CONVIDADO.email, (m) => m.links.some((l) => l.includes('/convite/'))),
    '/convite/',
  );
  // 12 hours pass.
  await sql(`update access_grant set invite_expires_at = now() - interval '1 minute' where id = $1`, [
    grantId,
  ]);

  const stranger = await newContext({ width: 360, height: 740 });
  const sp = await stranger.newPage();
  await open(sp, inviteUrl);
  await expect
    .poll(() => sp.getByRole('heading', { name: 'Este convite não está disponível' }).isVisible())
    .toBe(true);
  await checkA11y(sp, 'invite unavailable');
  await shot(sp, 'phone-convite-indisponivel-estranho');

  const guest = await newContext();
  const gp = await guest.newPage();
  await signIn(gp, CONVIDADO.email, undefined, new URL(inviteUrl).pathname);
  await expect.poll(() => gp.getByRole('heading', { name: 'Este convite expirou' }).isVisible()).toBe(true);
  expect(await gp.getByText('peça a').first().textContent()).toContain('novo convite');
  await checkA11y(gp, 'invite expired');
  await shot(gp, 'convite-expirado');

  // The titular sees it expired and sends a new link with the same data.
  const titular = await newContext();
  const tp = await titular.newPage();
  await signIn(tp, 'titular@delega.dev', undefined, '/acessos-concedidos');
  const row = tp.locator(`li.grant[data-grant-id="${grantId}"]`);
  await expect.poll(() => row.getAttribute('data-status')).toBe('EXPIRED');
  await row.getByRole('button', { name: 'Convidar novamente' }).click();
  await expect.poll(() => tp.getByLabel('Novo link do convite').isVisible()).toBe(true);
  const newLink = await tp.getByLabel('Novo link do convite').inputValue();
  expect(newLink).not.toBe(inviteUrl);
  await shot(tp, 'convite-reenviado');
  // The invitee gets a new e-mail too (its own link: the copied one and the e-mailed one both work).
  const mail = await waitForMail(
    CONVIDADO.email,
    (m) => m.links.some((l) => l.includes('/convite/')) && !m.links.includes(firstMailLink),
  );
  for (const link of [newLink, linkTo(mail, '/convite/')]) {
    await open(gp, link);
    await expect.poll(() => gp.getByRole('heading', { name: 'Confirme o aceite' }).isVisible()).toBe(true);
  }
  // The old link no longer works.
  await open(gp, inviteUrl);
  await expect.poll(() => gp.getByTestId('invite-unavailable').isVisible()).toBe(true);
  // The protocol's public verification page shows the live status, without personal data.
  const { rows } = await sql<{ verification_code: string; protocol_number: string }>(
    'select verification_code, protocol_number from access_grant where id = $1',
    [grantId],
  );
  await open(sp, `/protocolo/${rows[0]!.verification_code}`);
  await expect
    .poll(() => sp.getByRole('heading', { name: `Protocolo ${rows[0]!.protocol_number}` }).isVisible())
    .toBe(true);
  const verification = (await sp.locator('.card').textContent()) ?? '';
  expect(verification).toMatch(/Expirado|Cancelado/);
  expect(verification).not.toContain(CONVIDADO.fullName);
  expect(verification).not.toContain('596.235');
  await checkA11y(sp, 'protocol verification');
  await shot(sp, 'phone-protocolo-verificado');

  await stranger.close();
  await guest.close();
  await titular.close();
});

test('conta com dados diferentes do convite: explica o que fazer e o convite continua válido; recusa', async () => {
  const { inviteUrl } = await inviteByApi('titular@delega.dev', '1000000003', ['3200000002'], {
    ...CONVIDADO,
    fullName: 'Lucas Ferreira Lins',
  });
  const guest = await newContext();
  const gp = await guest.newPage();
  await signIn(gp, CONVIDADO.email, undefined, new URL(inviteUrl).pathname);
  await expect.poll(() => gp.getByRole('heading', { name: 'Confirme o aceite' }).isVisible()).toBe(true);
  await gp.getByRole('button', { name: 'Aceitar convite' }).click();
  // Both terms are required, each error next to its box.
  await expect.poll(() => gp.locator('#aceite-permissao-error').isVisible()).toBe(true);
  expect(await gp.locator('#aceite-plataformas-error').isVisible()).toBe(true);
  await gp.getByLabel(/Termos da Permissão de Acesso/).check();
  await gp.getByLabel(/Termos de Uso das Plataformas/).check();
  await gp.getByRole('button', { name: 'Aceitar convite' }).click();
  await expect.poll(() => gp.getByTestId('invite-mismatch').isVisible()).toBe(true);
  expect(await gp.getByTestId('invite-mismatch').textContent()).toContain('nome completo');
  await checkA11y(gp, 'invite mismatch');
  await shot(gp, 'convite-dados-diferentes');

  // Declining works (with a confirmation) and the titular is told.
  await gp.getByRole('button', { name: 'Recusar convite' }).click();
  await gp.getByRole('dialog').getByRole('button', { name: 'Recusar convite' }).click();
  await expect.poll(() => gp.getByRole('heading', { name: 'Convite recusado' }).isVisible()).toBe(true);
  await waitForMail('titular@delega.dev', (m) => /recus/i.test(m.subject));
  await guest.close();
});
