// Recuperar CPF: someone registered this person's CPF. The real person proves titularity of one of the
// CPF's business partners with the código do cliente of a bill and gets the CPF in a new account; the
// other account loses it. Field errors show beside their fields, and the form works before (or without)
// any script, never putting the CPF in a URL.
import { formatCpf, generateCpf } from '@delega/shared/documents';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  apiToken,
  checkA11y,
  gql,
  newContext,
  open,
  shot,
  uniqueEmail,
  useBrowser,
  useDatabase,
  waitForMail,
} from './helpers.ts';

const PASSWORD = 'Energia#Limpa42';

useBrowser();
const sql = useDatabase();

/** A business partner whose CPF another person registered first. */
async function takenCpf(opts: { taken?: boolean } = {}): Promise<{
  cpf: string;
  partnerNumber: string;
  customerCode: string;
  squatter: string;
}> {
  const cpf = formatCpf(generateCpf())!;
  const partnerNumber = `9${String(Date.now()).slice(-8)}${Math.floor(Math.random() * 10)}`;
  const customerCode = String(Math.floor(Math.random() * 9e9 + 1e9));
  await sql(
    `insert into business_partner (id, number, name, document, document_kind, contact_email, customer_code)
     values (gen_random_uuid(), $1, 'Helena Duarte Prado', $2, 'CPF', null, $3)`,
    [partnerNumber, cpf.replace(/\D/g, ''), customerCode],
  );
  const squatter = uniqueEmail('outra');
  if (opts.taken === false) return { cpf, partnerNumber, customerCode, squatter };
  await gql('mutation($input: SignUpInput!) { signUp(input: $input) { email } }', {
    input: { fullName: 'Outra Pessoa Qualquer', cpf, email: squatter, password: PASSWORD },
  });
  return { cpf, partnerNumber, customerCode, squatter };
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(new RegExp(`^${label}`)).fill(value);
  }
}

test('recuperar CPF com o código do cliente: erros ao lado de cada campo, depois a conta nova fica com o CPF', async () => {
  const taken = await takenCpf();
  const email = uniqueEmail('helena');
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, '/recuperar-cpf');

  // Nothing typed: each required field says what it needs, and the focus goes to the first.
  await page.getByRole('button', { name: 'Recuperar CPF e criar conta' }).click();
  await expect.poll(() => page.locator('#r-cpf-error').textContent()).toMatch(/CPF/);
  expect(await page.locator('#r-partner-error').textContent()).toContain('número do cliente');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('r-cpf');

  // A wrong código do cliente: the API's message beside that field, and nothing typed is lost.
  await page.getByLabel(/^CPF/).pressSequentially(taken.cpf.replace(/\D/g, ''));
  await fill(page, {
    'Número do cliente': taken.partnerNumber,
    'Código do cliente': '1234567890',
    'Nome completo': 'Helena Duarte Prado',
    'E-mail': email,
    Senha: PASSWORD,
  });
  await page.getByRole('button', { name: 'Recuperar CPF e criar conta' }).click();
  await expect.poll(() => page.locator('#r-customer-code-error').textContent()).toContain('Código incorreto');
  expect(await page.getByLabel(/^CPF/).inputValue()).toBe(taken.cpf);
  expect(await page.getByLabel(/^Nome completo/).inputValue()).toBe('Helena Duarte Prado');
  await checkA11y(page, 'recuperar-cpf with errors');
  await shot(page, 'phone-recuperar-cpf-erro');

  await page.getByLabel(/^Código do cliente/).fill(taken.customerCode);
  await page.getByRole('button', { name: 'Recuperar CPF e criar conta' }).click();
  await expect.poll(() => page.getByTestId('cpf-reclaimed').isVisible()).toBe(true);
  expect(new URL(page.url()).search).not.toContain(taken.cpf.replace(/\D/g, '').slice(3, 9));

  // Both accounts are told; the new one has the CPF, the other one no longer does.
  await waitForMail(email, (m) => /CPF/.test(m.subject));
  await waitForMail(taken.squatter, (m) => /CPF/.test(m.subject));
  const me = (token: string) => gql<{ me: { cpf: string | null } }>('{ me { cpf } }', {}, token);
  expect((await me(await apiToken(email, PASSWORD))).me.cpf).toBe(taken.cpf);
  expect((await me(await apiToken(taken.squatter, PASSWORD))).me.cpf).toBeNull();
  await context.close();
});

test('sem JavaScript o formulário também envia (POST, sem o CPF no endereço) e mostra o erro do campo', async () => {
  const taken = await takenCpf();
  const context = await newContext(undefined, { javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto('/recuperar-cpf');
  await fill(page, {
    CPF: taken.cpf,
    'Número do cliente': taken.partnerNumber,
    'Código do cliente': '1234567890',
    'Nome completo': 'Helena Duarte Prado',
    'E-mail': uniqueEmail('helena'),
    Senha: PASSWORD,
  });
  await page.getByRole('button', { name: 'Recuperar CPF e criar conta' }).click();
  await expect.poll(() => page.locator('#r-customer-code-error').textContent()).toContain('Código incorreto');
  expect(await page.getByLabel(/^CPF/).inputValue()).toBe(taken.cpf);
  const digits = taken.cpf.replace(/\D/g, '');
  expect(requests.filter((r) => r.includes(digits) || r.includes(encodeURIComponent(taken.cpf)))).toEqual([]);
  expect(requests.some((r) => r.startsWith('POST ') && r.includes('/recuperar-cpf?/recuperar'))).toBe(true);
  await context.close();
});

test('CPF que ninguém usa: a página diz para fazer o cadastro e leva até ele', async () => {
  const free = await takenCpf({ taken: false });
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, '/recuperar-cpf');
  await page.getByLabel(/^CPF/).pressSequentially(free.cpf.replace(/\D/g, ''));
  await fill(page, {
    'Número do cliente': free.partnerNumber,
    'Código do cliente': free.customerCode,
    'Nome completo': 'Helena Duarte Prado',
    'E-mail': uniqueEmail('helena'),
    Senha: PASSWORD,
  });
  await page.getByRole('button', { name: 'Recuperar CPF e criar conta' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toContain('Nenhuma conta usa este CPF');
  await page.getByRole('link', { name: 'Fazer o cadastro' }).click();
  await page.waitForURL(/\/cadastro/);
  await context.close();
});
