// The invitee acts in the titular's name (issue 10): accepts, opens the granted installation from
// Minhas instalações, downloads a bill, sees the consumption chart, asks to change the due date; the
// titular's open Acessos concedidos shows that activity live; the titular revokes; the invitee's open
// page says at once that the access ended and the request button is gone. axe at 1280 and 360 px.
import { readFileSync } from 'node:fs';
import { formatCpf, generateCpf } from '@delega/shared/documents';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  checkA11y,
  inviteByApi,
  linkTo,
  newContext,
  open,
  shot,
  signIn,
  uniqueEmail,
  useBrowser,
  waitForMail,
} from './helpers.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const INSTALLATION = '3000000003';

useBrowser();

/** axe on the page as it is, at 1280 px and at 360 px (no horizontal scroll on the phone). */
async function checkBothWidths(page: Page, label: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await checkA11y(page, `${label} (1280 px)`);
  await page.setViewportSize(PHONE);
  await checkA11y(page, `${label} (360 px)`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
}

/** A new account for `invitee` from the e-mailed invite link, which it accepts; on a 360 px phone. */
async function acceptAsNewInvitee(
  invitee: { fullName: string; cpf: string; email: string },
  scopeLabels = ['Consultar contas e consumo', 'Fazer solicitações'],
): Promise<Page> {
  const guest = await newContext(PHONE);
  const gp = await guest.newPage();
  const mail = await waitForMail(invitee.email, (m) => m.links.some((l) => l.includes('/convite/')));
  await open(gp, linkTo(mail, '/convite/'));
  await expect.poll(() => gp.getByRole('heading', { name: /convidou você/ }).isVisible()).toBe(true);
  // What the titular chose is on the invite page.
  expect(await gp.getByTestId('invite-scopes').locator('li').allTextContents()).toEqual(scopeLabels);
  // The sign-up form opens in the browser: a click before the page is interactive does nothing, so
  // click again until it shows (a busy machine may take a while to start the page's script).
  await expect
    .poll(async () => {
      if (await gp.getByLabel('Nome completo').isVisible()) return true;
      await gp.getByRole('button', { name: 'Ainda não tenho conta' }).click();
      return gp.getByLabel('Nome completo').isVisible();
    })
    .toBe(true);
  await gp.getByLabel('Nome completo').fill(invitee.fullName);
  await gp.getByLabel('CPF').fill(invitee.cpf);
  await gp.getByLabel('E-mail').fill(invitee.email);
  await gp.getByLabel(/^Senha/).fill('Convidada#2026');
  await gp.getByLabel(/^Repita a senha/).fill('Convidada#2026');
  await gp.getByRole('button', { name: 'Criar conta' }).click();
  await expect
    .poll(() => gp.getByRole('heading', { name: 'Confirme o aceite' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  await gp.getByLabel(/Termos da Permissão de Acesso/).check();
  await gp.getByLabel(/Termos de Uso das Plataformas/).check();
  await gp.getByRole('button', { name: 'Aceitar convite' }).click();
  await expect.poll(() => gp.getByRole('heading', { name: /Você agora tem acesso/ }).isVisible()).toBe(true);
  return gp;
}

test('convidado usa a instalação em nome do titular; titular vê ao vivo e retira; a página do convidado encerra', async () => {
  const invitee = {
    fullName: 'Beatriz Nogueira Prado',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('beatriz'),
  };
  const { grantId } = await inviteByApi('titular@delega.dev', '1000000001', [INSTALLATION], invitee);

  const gp = await acceptAsNewInvitee(invitee);
  const guest = gp.context();

  // The titular keeps Acessos concedidos open with the grant's Atividade shown.
  const titular = await newContext(PHONE);
  const tp = await titular.newPage();
  await signIn(tp, 'titular@delega.dev', undefined, '/acessos-concedidos');
  const row = tp.locator(`li.grant[data-grant-id="${grantId}"]`);
  await expect.poll(() => row.getAttribute('data-status')).toBe('ACCEPTED');
  expect(await row.getByTestId('grant-scopes').textContent()).toBe(
    'Consultar contas e consumo e Fazer solicitações',
  );
  const activity = row.getByTestId('grant-activity');
  await expect
    .poll(async () => {
      if (!(await activity.isVisible())) await row.getByRole('button', { name: 'Atividade' }).click();
      return activity.isVisible();
    })
    .toBe(true);
  await expect.poll(() => activity.textContent()).toContain('Nada foi feito em seu nome');

  // Minhas instalações lists the granted installation with the titular and the protocol.
  await open(gp, '/');
  const shared = gp.getByTestId('granted-installations');
  await expect.poll(() => shared.textContent()).toContain(`Instalação ${INSTALLATION}`);
  expect(await shared.textContent()).toContain('Mariana Conceição Alves');
  await checkBothWidths(gp, 'Minhas instalações (convidado)');
  await shot(gp, 'acting-00-minhas-instalacoes-convidado');
  await shared.getByRole('link', { name: new RegExp(INSTALLATION) }).click();

  // The installation home, in the titular's name.
  await gp.waitForURL(`**/instalacoes/${INSTALLATION}`);
  await expect
    .poll(() => gp.getByTestId('acting-banner').textContent())
    .toMatch(/Você está acessando em nome de Mariana Conceição Alves \(permissão \d{4}-\d+\)/);
  const featured = gp.getByTestId('featured-services');
  for (const name of ['Segunda via de conta', 'Histórico de consumo', 'Solicitações'])
    expect(await featured.getByRole('link', { name: new RegExp(name) }).count(), name).toBe(1);
  expect(await featured.getByRole('link', { name: /Conceder acesso/ }).count()).toBe(0);
  await checkBothWidths(gp, 'home da instalação (convidado)');
  await shot(gp, 'acting-01-home-convidado');

  // Segunda via de conta: newest first, status badges, a PDF download.
  await featured.getByRole('link', { name: /Segunda via de conta/ }).click();
  await expect.poll(() => gp.locator('li.bill').count()).toBeGreaterThan(1);
  await checkBothWidths(gp, 'segunda via de conta');
  await shot(gp, 'acting-02-contas');
  const firstBill = gp.locator('li.bill').first();
  const [download] = await Promise.all([
    gp.waitForEvent('download'),
    firstBill.getByRole('link', { name: /Baixar conta/ }).click(),
  ]);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // Histórico de consumo: 12 bars, the same figures as a table, the average.
  await open(gp, `/instalacoes/${INSTALLATION}/consumo`);
  await expect.poll(() => gp.getByTestId('consumption-chart').locator('rect.bar').count()).toBe(12);
  expect(await gp.locator('table tbody tr').count()).toBe(12);
  expect(await gp.getByText(/Média dos últimos 12 meses/).isVisible()).toBe(true);
  await checkBothWidths(gp, 'histórico de consumo');
  await shot(gp, 'acting-03-consumo');

  // Solicitações: change the due date; the protocol number is shown and the list says who asked.
  await open(gp, `/instalacoes/${INSTALLATION}/solicitacoes`);
  await gp.locator('[data-ready]').waitFor();
  await expect.poll(() => gp.getByRole('button', { name: 'Solicitar alteração' }).isVisible()).toBe(true);
  await checkBothWidths(gp, 'solicitações');
  await gp.locator('input[name="dueDay"]').first().check();
  await gp.getByRole('button', { name: 'Solicitar alteração' }).click();
  await expect
    .poll(() => gp.getByText(/Solicitação enviada\. Protocolo/).textContent())
    .toMatch(/SR-\d{4}-\d+/);
  await expect
    .poll(() => gp.locator('ul.requests li').first().textContent())
    .toContain('Feita por você em nome de');
  await shot(gp, 'acting-04-solicitacao');

  // The titular's open page shows each act live: the bill downloaded and the request.
  await expect
    .poll(() => activity.locator('[data-activity-kind="BILL_DOWNLOADED"]').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(() => activity.locator('[data-activity-kind="SERVICE_REQUESTED"]').count(), { timeout: 15_000 })
    .toBe(1);
  expect(await activity.textContent()).toContain(invitee.fullName);
  await checkBothWidths(tp, 'atividade (acessos concedidos)');
  await tp.setViewportSize(PHONE);
  await row.scrollIntoViewIfNeeded();
  await shot(tp, 'acting-05-atividade-titular');

  // The titular revokes; the invitee's open Solicitações page ends at once.
  await row.getByRole('button', { name: 'Retirar permissão' }).click();
  await tp.getByRole('dialog').getByRole('button', { name: 'Retirar permissão' }).click();
  await expect.poll(() => row.getAttribute('data-status')).toBe('REVOKED');

  await expect
    .poll(() => gp.getByTestId('access-ended').textContent(), { timeout: 15_000 })
    .toContain('Seu acesso a esta instalação terminou');
  expect(await gp.getByRole('button', { name: 'Solicitar alteração' }).count()).toBe(0);
  expect(await gp.getByRole('button', { name: 'Informar falta de energia' }).count()).toBe(0);
  expect(
    await gp
      .getByTestId('access-ended')
      .getByRole('link', { name: 'Voltar para Minhas instalações' })
      .isVisible(),
  ).toBe(true);
  await checkBothWidths(gp, 'acesso encerrado');
  await shot(gp, 'acting-06-acesso-encerrado');

  // And the API agrees: the installation is no longer there for the invitee.
  await open(gp, `/instalacoes/${INSTALLATION}`);
  await expect.poll(() => gp.locator('h1').first().textContent()).toMatch(/404|não encontrada/i);

  await titular.close();
  await guest.close();
});

test('titular tira "Fazer solicitações": a página aberta do convidado deixa de oferecer as solicitações', async () => {
  const invitee = {
    fullName: 'Caio Menezes Rocha',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('caio'),
  };
  const { grantId } = await inviteByApi('titular@delega.dev', '1000000001', ['3000000001'], invitee);
  const gp = await acceptAsNewInvitee(invitee);
  await open(gp, '/instalacoes/3000000001/solicitacoes');
  await gp.locator('[data-ready]').waitFor();
  await expect.poll(() => gp.getByRole('button', { name: 'Solicitar alteração' }).isVisible()).toBe(true);

  const titular = await newContext(DESKTOP);
  const tp = await titular.newPage();
  await signIn(tp, 'titular@delega.dev', undefined, '/acessos-concedidos');
  const row = tp.locator(`li.grant[data-grant-id="${grantId}"]`);
  const dialog = tp.getByRole('dialog');
  // The list loads after the page does: a click that waits for it must not outlast the poll.
  await row.waitFor();
  await expect
    .poll(async () => {
      if (!(await dialog.isVisible()))
        await row.getByRole('button', { name: 'Alterar o que pode fazer' }).click();
      return dialog.isVisible();
    })
    .toBe(true);
  await dialog.getByLabel('Fazer solicitações').uncheck();
  await checkA11y(tp, 'alterar o que pode fazer');
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await expect.poll(() => row.getByTestId('grant-scopes').textContent()).toBe('Consultar contas e consumo');

  await expect.poll(() => gp.getByTestId('scope-removed').isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await gp.getByRole('button', { name: 'Solicitar alteração' }).count()).toBe(0);
  // The grant goes on: bills still open, Solicitações no longer offered on the home.
  await open(gp, '/instalacoes/3000000001');
  const featured = gp.getByTestId('featured-services');
  await expect.poll(() => featured.getByRole('link', { name: /Segunda via de conta/ }).count()).toBe(1);
  expect(await featured.getByRole('link', { name: /Solicitações/ }).count()).toBe(0);

  await titular.close();
  await gp.context().close();
});
