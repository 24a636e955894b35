// Links in e-mails change nothing when merely opened: a mail scanner or a link preview fetches them
// (GET) before the person does. The e-mail is confirmed, and the password reset, only on a button.
import { formatCpf, generateCpf } from '@delega/shared/documents';
import { expect, test } from 'vitest';
import {
  apiToken,
  checkA11y,
  gql,
  linkTo,
  newContext,
  open,
  portalUrl,
  shot,
  uniqueEmail,
  useBrowser,
  waitForMail,
} from './helpers.ts';

const PASSWORD = 'Energia#Limpa42';

useBrowser();

async function signUpByApi(): Promise<string> {
  const email = uniqueEmail('link');
  await gql('mutation($input: SignUpInput!) { signUp(input: $input) { email } }', {
    input: { fullName: 'Beatriz Campos Nunes', cpf: formatCpf(generateCpf()), email, password: PASSWORD },
  });
  return email;
}

async function emailVerified(email: string): Promise<boolean> {
  const token = await apiToken(email, PASSWORD);
  const { me } = await gql<{ me: { emailVerified: boolean } }>('{ me { emailVerified } }', {}, token);
  return me.emailVerified;
}

/** What a mail scanner or a chat app's link preview does: GET (and HEAD) the link, no cookies. */
async function scan(link: string): Promise<Response> {
  await fetch(link, { method: 'HEAD', redirect: 'follow' });
  return fetch(link, {
    redirect: 'follow',
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; LinkPreview)' },
  });
}

test('abrir o link de confirmação não confirma o e-mail; o botão "Confirmar e-mail" confirma', async () => {
  const email = await signUpByApi();
  const mail = await waitForMail(email, (m) => m.links.some((l) => l.includes('/verificar-email')));
  const link = linkTo(mail, '/verificar-email').replace(/^https?:\/\/[^/]+/, portalUrl());

  const preview = await scan(link);
  expect(preview.status).toBe(200);
  expect(preview.headers.get('referrer-policy')).toBe('strict-origin');
  const token = new URL(link).searchParams.get('token')!;
  await scan(`${portalUrl()}/verificar-email/${encodeURIComponent(token)}`);
  expect(await emailVerified(email)).toBe(false);

  // The person opens it on a phone, without being signed in: one button, nothing changed yet.
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, link);
  const button = page.getByRole('button', { name: 'Confirmar e-mail' });
  await expect.poll(() => button.isVisible()).toBe(true);
  expect(await emailVerified(email)).toBe(false);
  await checkA11y(page, 'verificar-email before the button');
  await shot(page, 'phone-verificar-email-botao');

  await button.click();
  await expect.poll(() => page.getByText('E-mail confirmado').isVisible()).toBe(true);
  expect(await emailVerified(email)).toBe(true);
  await shot(page, 'phone-verificar-email-confirmado');

  // The same link again: it was single use, and the page says so.
  await open(page, link);
  await page.getByRole('button', { name: 'Confirmar e-mail' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toMatch(/não vale mais|inválido|expirou/i);
  await checkA11y(page, 'verificar-email used link');
  await context.close();
});

test('abrir o link de nova senha não o gasta: a senha muda só ao salvar', async () => {
  const email = await signUpByApi();
  await gql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
  const mail = await waitForMail(email, (m) => m.links.some((l) => l.includes('/redefinir-senha')));
  const link = linkTo(mail, '/redefinir-senha').replace(/^https?:\/\/[^/]+/, portalUrl());

  const preview = await scan(link);
  expect(preview.status).toBe(200);
  expect(preview.headers.get('referrer-policy')).toBe('strict-origin');

  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, link);
  await page.getByLabel(/^Nova senha/).fill('OutraSenha#2027');
  await page.getByLabel(/^Repita a nova senha/).fill('OutraSenha#2027');
  await page.getByRole('button', { name: 'Salvar nova senha' }).click();
  await expect.poll(() => page.getByText('Sua senha foi alterada').isVisible()).toBe(true);
  await apiToken(email, 'OutraSenha#2027');
  await context.close();
});

test('sem JavaScript o botão também confirma (o formulário é um POST comum)', async () => {
  const email = await signUpByApi();
  const mail = await waitForMail(email, (m) => m.links.some((l) => l.includes('/verificar-email')));
  const link = linkTo(mail, '/verificar-email').replace(/^https?:\/\/[^/]+/, portalUrl());
  const context = await newContext(undefined, { javaScriptEnabled: false });
  const page = await context.newPage();
  // Without JavaScript nothing hydrates: wait for the page as loaded.
  await page.goto(link);
  await page.getByRole('button', { name: 'Confirmar e-mail' }).click();
  await expect.poll(() => page.getByText('E-mail confirmado').isVisible()).toBe(true);
  expect(await emailVerified(email)).toBe(true);
  await context.close();
});
