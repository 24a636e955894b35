// Cadastro with live validation and errors next to each field, e-mail verification from the mailbox,
// "Esqueci minha senha" end to end, sign out.
import { formatCpf, generateCpf } from '@delega/shared/documents';
import { expect, test } from 'vitest';
import {
  checkA11y,
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

test('cadastro: validação ao digitar, máscara de CPF, confirmação de e-mail, sair e redefinir a senha', async () => {
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, '/cadastro');

  await page.getByLabel('Nome completo').fill('Ana');
  await page.getByLabel('Nome completo').blur();
  await expect.poll(() => page.locator('#cadastro-fullName-error').textContent()).toContain('sobrenome');
  await page.getByLabel('CPF').pressSequentially('11111111111');
  await expect.poll(() => page.getByLabel('CPF').inputValue()).toBe('111.111.111-11');
  await expect.poll(() => page.locator('#cadastro-cpf-error').textContent()).toContain('CPF inválido');
  await page.getByLabel('E-mail').fill('ana@');
  await page.getByLabel('E-mail').blur();
  await expect.poll(() => page.locator('#cadastro-email-error').textContent()).toContain('E-mail inválido');
  await page.getByRole('button', { name: 'Criar conta' }).click();
  // Focus goes to the first field with an error.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cadastro-fullName');
  await checkA11y(page, 'cadastro with errors');
  await shot(page, 'phone-cadastro-erros');

  const email = uniqueEmail('ana');
  const cpf = formatCpf(generateCpf())!;
  await page.getByLabel('Nome completo').fill('Ana Beatriz Rocha');
  await page.getByLabel('CPF').fill(cpf);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Senha/).fill('Energia#Limpa42');
  await page.getByLabel(/^Repita a senha/).fill('Energia#Limpa42');
  await page.getByRole('button', { name: 'Criar conta' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await expect.poll(() => page.getByText('Confirme seu e-mail').isVisible()).toBe(true);

  const verification = await waitForMail(email, (m) => m.links.some((l) => l.includes('/verificar-email')));
  await open(page, linkTo(verification, '/verificar-email'));
  await page.getByRole('button', { name: 'Confirmar e-mail' }).click();
  await expect.poll(() => page.getByText('E-mail confirmado').isVisible()).toBe(true);
  await shot(page, 'phone-email-confirmado');

  await page.getByRole('button', { name: 'Sair' }).click();
  await page.waitForURL(/\/entrar/);

  await page.getByRole('link', { name: 'Esqueci minha senha' }).click();
  // /entrar has an "E-mail" field too: typing before the new page replaced it filled the old one.
  await page.waitForURL(/\/esqueci-minha-senha/);
  await page.getByRole('heading', { name: 'Esqueci minha senha' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Enviar link' }).click();
  await expect.poll(() => page.getByText(/enviamos um link/).isVisible()).toBe(true);
  const reset = await waitForMail(email, (m) => m.links.some((l) => l.includes('/redefinir-senha')));
  await open(page, linkTo(reset, '/redefinir-senha'));
  await page.getByLabel(/^Nova senha/).fill('OutraSenha#2027');
  await page.getByLabel(/^Repita a nova senha/).fill('OutraSenha#2027');
  await page.getByRole('button', { name: 'Salvar nova senha' }).click();
  await expect.poll(() => page.getByText('Sua senha foi alterada').isVisible()).toBe(true);
  await signIn(page, email, 'OutraSenha#2027');
  expect(new URL(page.url()).pathname).toBe('/');
  await context.close();
});

test('entrar com senha errada mostra o erro', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await open(page, '/entrar');
  await page.getByLabel('E-mail').fill('titular@delega.dev');
  await page.getByLabel(/^Senha/).fill('senha-errada');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true);
  await checkA11y(page, 'sign-in error');
  await context.close();
});
