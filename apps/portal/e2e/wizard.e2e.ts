// The installation step with 2,500 installations: Selecionar todas and its dialog, the file template
// (XLSX and CSV) and an upload with refused rows; then the whole wizard with the keyboard only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCpf, generateCpf } from '@delega/shared/documents';
import { expect, test } from 'vitest';
import {
  artifacts,
  checkA11y,
  fillInvitee,
  newContext,
  open,
  selectedText,
  shot,
  signIn,
  uniqueEmail,
  useBrowser,
  wizardToInstallations,
} from './helpers.ts';

useBrowser();

const TELECOM = /Torres Paulistas Telecomunicações/;

test('Selecionar todas abre a confirmação; cancelar não muda nada; confirmar seleciona as 2.400 ativas e envia', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev');
  await wizardToInstallations(page, TELECOM);
  await expect.poll(() => page.getByText(/Página 1 de 125/).isVisible()).toBe(true);

  // Server pagination and search stay fast with 2,500 installations.
  await page.getByRole('button', { name: 'Próxima' }).click();
  await expect.poll(() => page.getByText(/Página 2 de 125/).isVisible()).toBe(true);
  await page.getByLabel('Buscar por número ou endereço').fill('3100000025');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
  expect(await page.getByRole('checkbox', { name: '3100000025' }).isDisabled()).toBe(true); // every 25th is inactive
  await page.getByLabel('Buscar por número ou endereço').fill('');
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();

  const selectAll = page.getByRole('button', { name: 'Selecionar todas' });
  await selectAll.click();
  const dialog = page.getByRole('dialog', { name: 'Selecionar todas as instalações?' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.textContent()).toContain('2.400 instalações ativas');
  await checkA11y(page, 'select-all dialog');
  await shot(page, 'wizard-selecionar-todas-dialogo');
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  // Focus returns to the button that opened the dialog.
  expect(await selectAll.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await selectedText(page)).toContain('0 instalações selecionadas');

  await selectAll.click();
  await dialog.getByRole('button', { name: 'Selecionar todas' }).click();
  await expect.poll(() => selectedText(page)).toContain('Todas as 2.400 instalações ativas');
  await shot(page, 'wizard-selecionar-todas');
  await page.getByRole('button', { name: 'Próximo' }).click();
  await fillInvitee(page, {
    fullName: 'Carlos Eduardo Nunes',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('carlos'),
  });
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Convite enviado' }).isVisible(), { timeout: 30_000 })
    .toBe(true);
  expect(await page.locator('.notice.success').textContent()).toContain('2.400 instalações');
  await context.close();
});

test('modelo de arquivo (XLSX e CSV) e carga com linhas recusadas e o motivo', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev');
  await wizardToInstallations(page, TELECOM);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Modelo CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('modelo-instalacoes.csv');
  const template = readFileSync(await csvDownload.path(), 'utf8');
  expect(template.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/Instala/);

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Modelo XLSX' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe('modelo-instalacoes.xlsx');
  expect(
    readFileSync(await xlsxDownload.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // Fill the CSV template: good ones, an inactive one, another partner's, an unknown one, a duplicate, junk.
  const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const rows = [
    header,
    '3100000001',
    '3100000002',
    '3100000003',
    '3100000025',
    '3000000001',
    '9999999999',
    '3100000001',
    'abc-12',
    '',
  ];
  const file = path.join(artifacts, 'instalacoes-preenchido.csv');
  writeFileSync(file, '\uFEFF' + rows.join('\r\n'));
  await page.getByLabel('Carregar arquivo com instalações').setInputFiles(file);

  const summary = page.locator('.upload-summary');
  await expect.poll(() => summary.isVisible(), { timeout: 20_000 }).toBe(true);
  const text = (await summary.textContent()) ?? '';
  expect(text).toContain('3 instalações selecionadas');
  expect(text).toMatch(/5 linhas recusadas/);
  expect(text).toContain('Instalação inativa');
  expect(text).toMatch(/Pertence a outro parceiro de negócio|Instalação não encontrada/);
  expect(text).toMatch(/repetido/i);
  await expect.poll(() => selectedText(page)).toContain('3 instalações selecionadas');
  await checkA11y(page, 'upload summary');
  await shot(page, 'wizard-arquivo-resumo');

  const [refused] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Baixar lista de recusadas (CSV)' }).click(),
  ]);
  const refusedCsv = readFileSync(await refused.path(), 'utf8');
  expect(refusedCsv).toContain('Linha;Instalação;Motivo');
  expect(refusedCsv).toContain('9999999999');
  await context.close();
});

test('assistente inteiro só com o teclado', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev');
  await open(page, '/conceder-acesso');
  await expect.poll(() => page.getByRole('heading', { name: 'Selecione seu perfil' }).isVisible()).toBe(true);

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.tagName}|${el?.id}|${el?.textContent?.trim().slice(0, 60)}|${(el as HTMLInputElement | null)?.name ?? ''}`;
    });
  /** Presses Tab until the focused element matches, like a keyboard user would. */
  async function tabTo(match: RegExp, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (match.test(await focused())) return;
    }
    throw new Error(`never reached ${match} with Tab; last: ${await focused()}`);
  }

  // Step 1 (profile, partner and ciência on one screen): the profile radio, then the partners;
  // arrow keys move between partners; the consent box with Space.
  await tabTo(/\|perfil$/);
  await page.keyboard.press('Space');
  await tabTo(/\|parceiro$/);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await tabTo(/ciente-parceiro/);
  await page.keyboard.press('Space');
  await tabTo(/BUTTON\|\|Próximo/);
  await page.keyboard.press('Enter');
  await expect.poll(focused).toMatch(/Selecione sua instalação/);

  // Step 3: tick the first installation in the table.
  await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
  await tabTo(/INPUT\|inst-3000000001/);
  await page.keyboard.press('Space');
  await expect.poll(() => selectedText(page)).toContain('1 instalação selecionada');
  await tabTo(/BUTTON\|\|Próximo/);
  await page.keyboard.press('Enter');
  await expect.poll(focused).toMatch(/Insira os dados/);
  // A person waits for the step's fields (they load with the step) before tabbing on.
  await page.locator('#convidado-nome').waitFor();

  // Step 4: type the invitee, tick the terms, send.
  await tabTo(/convidado-nome/);
  await page.keyboard.type('Beatriz Souza Campos');
  await page.keyboard.press('Tab');
  await page.keyboard.type(generateCpf());
  await page.keyboard.press('Tab');
  await page.keyboard.type(uniqueEmail('beatriz'));
  await tabTo(/aceite-termos/);
  await page.keyboard.press('Space');
  await tabTo(/BUTTON\|\|Próximo/);
  await page.keyboard.press('Enter');
  await expect.poll(focused, { timeout: 20_000 }).toMatch(/Convite enviado/);

  // Step 5: Copiar link is reachable.
  await tabTo(/BUTTON\|\|Copiar link/);
  await shot(page, 'wizard-teclado-enviado');
  await context.close();
});
