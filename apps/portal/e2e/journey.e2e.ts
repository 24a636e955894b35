// The complete journey with two people: the titular invites, the invitee registers from the e-mailed
// link and accepts, the titular's open pages show it live, the titular revokes, the invitee loses access.
import { readFileSync } from 'node:fs';
import { generateCpf, formatCpf } from '@delega/shared/documents';
import { expect, test } from 'vitest';
import {
  checkA11y,
  fillInvitee,
  linkTo,
  newContext,
  open,
  shot,
  signIn,
  uniqueEmail,
  useBrowser,
  waitForMail,
} from './helpers.ts';

useBrowser();

test('titular convida, convidado se cadastra e aceita, titular vê ao vivo, retira, convidado perde o acesso', async () => {
  const invitee = {
    fullName: 'Renata Duarte Moreira',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('renata'),
  };

  // Titular: the wizard, step by step.
  const titular = await newContext();
  const page = await titular.newPage();
  await signIn(page, 'titular@delega.dev');
  await shot(page, 'journey-01-inicio');
  await open(page, '/conceder-acesso');
  await expect.poll(() => page.getByRole('heading', { name: 'Selecione seu perfil' }).isVisible()).toBe(true);
  await checkA11y(page, 'wizard step 1');
  await shot(page, 'journey-02-perfil');

  // Próximo without a choice shows the error next to the step.
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Escolha o perfil');
  await page.getByLabel(/Baixa tensão/).check();
  // Profile, partner and ciência are one screen (the seed's 1º–4º).
  expect(await page.getByRole('heading', { name: 'Selecione o seu parceiro de negócio' }).isVisible()).toBe(
    true,
  );
  await page.getByRole('radio', { name: /Mariana Conceição Alves/ }).check();
  await checkA11y(page, 'wizard step 1 with partner');
  await shot(page, 'journey-03-parceiro');
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('marque que você está ciente');
  await page
    .getByLabel('Estou ciente que minha permissão dá acesso aos serviços ao Parceiro de Negócio solicitado.')
    .check();
  await page.getByRole('button', { name: 'Próximo' }).click();

  await expect
    .poll(() => page.getByRole('heading', { name: 'Selecione sua instalação' }).isVisible())
    .toBe(true);
  await page.getByRole('checkbox', { name: '3000000001' }).check();
  await page.getByRole('checkbox', { name: '3000000002' }).check();
  await expect.poll(() => page.getByText('2 instalações selecionadas').isVisible()).toBe(true);
  // The inactive one cannot be chosen.
  expect(await page.getByRole('checkbox', { name: '3000000004' }).isDisabled()).toBe(true);
  await checkA11y(page, 'wizard step 3');
  await shot(page, 'journey-04-instalacoes');

  // State survives a reload.
  await page.reload();
  await expect.poll(() => page.getByText('2 instalações selecionadas').isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Próximo' }).click();

  await expect
    .poll(() => page.getByRole('heading', { name: 'Insira os dados do usuário convidado' }).isVisible())
    .toBe(true);
  await expect.poll(() => page.locator('ol.points > li').count()).toBe(6);
  // Live validation: a wrong CPF is reported next to the field.
  await page.getByLabel('CPF').fill('123.456.789-00');
  await page.getByLabel('CPF').blur();
  await expect.poll(() => page.locator('#convidado-cpf-error').textContent()).toContain('CPF inválido');
  await fillInvitee(page, invitee);
  await checkA11y(page, 'wizard step 4');
  await shot(page, 'journey-05-convidado');
  await page.getByRole('button', { name: 'Próximo' }).click();

  await expect
    .poll(() => page.getByRole('heading', { name: 'Convite enviado' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  const inviteUrl = await page.getByLabel('Link do convite').inputValue();
  expect(inviteUrl).toContain('/convite/');
  expect(await page.getByText('(horário de Brasília)').first().isVisible()).toBe(true);
  const whatsapp = await page.getByRole('link', { name: /WhatsApp/ }).getAttribute('href');
  expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
  expect(decodeURIComponent(whatsapp!)).toContain(inviteUrl);
  await checkA11y(page, 'wizard step 5');
  await shot(page, 'journey-06-convite-enviado');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Baixar protocolo' }).click(),
  ]);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // Two open tabs of the titular on "Acessos concedidos".
  await open(page, '/acessos-concedidos');
  const tab2 = await titular.newPage();
  await open(tab2, '/acessos-concedidos');
  const row = (p: typeof page) => p.locator('li.grant', { hasText: invitee.fullName }).first();
  await expect.poll(() => row(page).getAttribute('data-status')).toBe('INVITED');
  await expect.poll(() => row(page).textContent()).toMatch(/\*\*\*\.\d{3}\.\d{3}-\*\*/);
  await shot(page, 'journey-07-acessos-concedidos');

  // Invitee: the e-mail, the invite page, sign-up inline, acceptance.
  const mail = await waitForMail(invitee.email, (m) => m.links.some((l) => l.includes('/convite/')));
  const link = linkTo(mail, '/convite/');
  const guest = await newContext();
  const gp = await guest.newPage();
  await open(gp, link);
  await expect.poll(() => gp.getByRole('heading', { name: /convidou você/ }).isVisible()).toBe(true);
  await checkA11y(gp, 'invite preview');
  await shot(gp, 'journey-08-convite');
  await gp.getByRole('button', { name: 'Ainda não tenho conta' }).click();
  await gp.getByLabel('Nome completo').fill(invitee.fullName);
  await gp.getByLabel('CPF').fill(invitee.cpf);
  await gp.getByLabel('E-mail').fill(invitee.email);
  await gp.getByLabel(/^Senha/).fill('Convidada#2026');
  await gp.getByLabel(/^Repita a senha/).fill('Convidada#2026');
  await gp.getByRole('button', { name: 'Criar conta' }).click();
  await expect
    .poll(() => gp.getByRole('heading', { name: 'Confirme o aceite' }).isVisible(), { timeout: 20_000 })
    .toBe(true);
  await checkA11y(gp, 'invite confirm');
  await gp.getByLabel(/Termos da Permissão de Acesso/).check();
  await gp.getByLabel(/Termos de Uso das Plataformas/).check();
  await shot(gp, 'journey-09-aceite');
  await gp.getByRole('button', { name: 'Aceitar convite' }).click();
  await expect.poll(() => gp.getByRole('heading', { name: /Você agora tem acesso/ }).isVisible()).toBe(true);
  await shot(gp, 'journey-10-aceito');

  // Both titular tabs change without a reload, with a notification.
  for (const p of [page, tab2]) {
    await expect.poll(() => row(p).getAttribute('data-status'), { timeout: 15_000 }).toBe('ACCEPTED');
    await expect
      .poll(() => p.getByTestId('notifications').textContent())
      .toContain(`${invitee.fullName} aceitou o convite`);
  }
  await shot(page, 'journey-11-aceito-ao-vivo');

  // Invitee sees the installations.
  await open(gp, '/acessos-recebidos');
  await expect.poll(() => gp.getByText('3000000001').first().isVisible()).toBe(true);
  await checkA11y(gp, 'acessos recebidos');
  await shot(gp, 'journey-12-acessos-recebidos');

  // Titular revokes one installation, then the whole grant.
  await row(page).getByRole('button', { name: 'Ver instalações' }).click();
  await row(page)
    .getByRole('checkbox', { name: /3000000002/ })
    .check();
  await row(page)
    .getByRole('button', { name: /Retirar acesso às instalações marcadas/ })
    .click();
  await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
  await checkA11y(page, 'revoke dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Retirar acesso' }).click();
  await expect.poll(() => row(page).textContent()).toContain('1 de 2 com acesso');
  await expect
    .poll(() => gp.getByTestId('notifications').textContent(), { timeout: 15_000 })
    .toContain('algumas instalações');

  await row(page).getByRole('button', { name: 'Retirar permissão' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirar permissão' }).click();
  await expect.poll(() => row(page).getAttribute('data-status')).toBe('REVOKED');
  await expect.poll(() => row(tab2).getAttribute('data-status'), { timeout: 15_000 }).toBe('REVOKED');
  await shot(page, 'journey-13-retirado');

  // The invitee's open page shows the loss of access live.
  const received = gp.locator('li.grant').first();
  await expect.poll(() => received.getAttribute('data-status'), { timeout: 15_000 }).toBe('REVOKED');
  await expect.poll(() => gp.getByTestId('notifications').textContent()).toContain('retirou a sua permissão');
  await expect
    .poll(() => gp.getByText('Você não tem mais acesso a estas instalações.').isVisible())
    .toBe(true);
  await shot(gp, 'journey-14-acesso-perdido');

  // The link no longer works.
  await open(gp, inviteUrl);
  await expect.poll(() => gp.getByTestId('invite-unavailable').isVisible()).toBe(true);

  await titular.close();
  await guest.close();
});
