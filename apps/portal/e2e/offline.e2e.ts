// Code the portal loads on demand (the wizard's later steps, confirmations, panels) may not arrive on
// a phone that lost its signal: the page says so and offers Tentar de novo instead of a control that
// silently does nothing.
import path from 'node:path';
import { formatCpf, generateCpf } from '@delega/shared/documents';
import type { BrowserContext } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  artifacts,
  checkA11y,
  inviteByApi,
  newContext,
  selectedText,
  shot,
  signIn,
  uniqueEmail,
  useBrowser,
  wizardToInstallations,
} from './helpers.ts';

useBrowser();

/** Drops every script whose code contains `marker` while `state.offline` is true. */
async function dropScripts(context: BrowserContext, marker: string): Promise<{ offline: boolean }> {
  const state = { offline: true };
  await context.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (state.offline && body.includes(marker)) return route.abort('internetdisconnected');
    return route.fulfill({ response, body });
  });
  return state;
}

test('sem sinal, a etapa que não carregou diz o que fazer; Tentar de novo volta à mesma etapa com o que foi escolhido', async () => {
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  // The invitee step's code never arrives.
  const network = await dropScripts(context, 'convidado-nome');
  await signIn(page, 'titular@delega.dev');
  await wizardToInstallations(page, /Mariana Conceição Alves/);
  await page.getByRole('checkbox', { name: '3000000001' }).check();
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toContain('Não foi possível carregar esta etapa');
  await checkA11y(page, 'wizard step that failed to load');
  await shot(page, 'phone-etapa-nao-carregou');

  network.offline = false;
  await page.getByRole('button', { name: 'Tentar de novo' }).click();
  await expect.poll(() => page.getByLabel(/^Nome completo/).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Voltar' }).click();
  await expect.poll(() => selectedText(page)).toContain('1 instalação selecionada');
  await context.close();
});

test('sem sinal, "Alterar o que pode fazer" diz que não carregou; Tentar de novo abre a alteração', async () => {
  const invitee = {
    fullName: 'Rafael Nunes Pires',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('rafael'),
  };
  const { grantId } = await inviteByApi('titular@delega.dev', '1000000001', ['3000000002'], invitee);
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  const network = await dropScripts(context, 'alterar-escopos');
  await signIn(page, 'titular@delega.dev', undefined, '/acessos-concedidos');
  const row = page.locator(`li.grant[data-grant-id="${grantId}"]`);
  await row.waitFor();
  await row.getByRole('button', { name: 'Alterar o que pode fazer' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toContain('Não foi possível carregar a alteração');
  await checkA11y(page, 'a dialog that failed to load');
  await page.screenshot({ path: path.join(artifacts, 'phone-dialogo-nao-carregou.png') });

  network.offline = false;
  await page.getByRole('button', { name: 'Tentar de novo' }).click();
  await row.waitFor();
  await expect
    .poll(async () => {
      const dialog = page.getByRole('dialog');
      if (!(await dialog.isVisible()))
        await row.getByRole('button', { name: 'Alterar o que pode fazer' }).click();
      return dialog.isVisible();
    })
    .toBe(true);
  await context.close();
});
