// Every page renders, has no axe violations, and fits a 360 px phone; screenshots at 1280 and 360 px.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkA11y, newContext, open, shot, signIn, useBrowser } from './helpers.ts';

useBrowser();

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
] as const;

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

describe.each(VIEWPORTS)('páginas em $name', (vp) => {
  test('públicas: entrar, cadastro, esqueci minha senha, termos, protocolo inexistente, convite inválido', async () => {
    const context = await newContext(vp);
    const page = await context.newPage();
    const pages: [string, string][] = [
      ['/entrar', 'entrar'],
      ['/cadastro', 'cadastro'],
      ['/esqueci-minha-senha', 'esqueci-minha-senha'],
      ['/redefinir-senha?token=abc', 'redefinir-senha'],
      ['/verificar-email?token=invalido', 'verificar-email'],
      ['/termos/permissao-de-acesso', 'termos-permissao'],
      ['/termos/uso-das-plataformas', 'termos-plataformas'],
      ['/protocolo/codigo-inexistente', 'protocolo-inexistente'],
      ['/convite/token-que-nao-existe', 'convite-indisponivel'],
      ['/dev/mailbox', 'dev-mailbox'],
    ];
    for (const [url, name] of pages) {
      await open(page, url);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      await shot(page, `${vp.name}-${name}`);
      await checkA11y(page, url);
      await noHorizontalScroll(page);
    }
    await context.close();
  });

  test('logadas: início, conceder acesso, acessos concedidos e recebidos', async () => {
    const context = await newContext(vp);
    const page = await context.newPage();
    await signIn(page, 'titular@delega.dev');
    for (const [url, name] of [
      ['/', 'inicio'],
      ['/instalacoes/3000000001', 'instalacao'],
      ['/instalacoes/3000000001/contas', 'instalacao-contas'],
      ['/instalacoes/3000000001/consumo', 'instalacao-consumo'],
      ['/instalacoes/3000000001/solicitacoes', 'instalacao-solicitacoes'],
      ['/acessos-concedidos', 'acessos-concedidos'],
      ['/acessos-recebidos', 'acessos-recebidos'],
    ] as const) {
      await open(page, url);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      await shot(page, `${vp.name}-${name}`);
      await checkA11y(page, url);
      await noHorizontalScroll(page);
    }
    await context.close();
  });
});
