// A titular with one installation lands on its home: "O que eu preciso?", "Serviços em destaque",
// ACESSE AQUI → Conceder acesso, with the partner and installation already chosen.
import { expect, test } from 'vitest';
import { checkA11y, newContext, shot, signIn, useBrowser } from './helpers.ts';

useBrowser();

test.each([
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
])('uma única instalação: home da instalação e ACESSE AQUI ($name)', async (vp) => {
  const context = await newContext(vp);
  const page = await context.newPage();
  await signIn(page, 'unica@delega.dev');
  await page.waitForURL(/\/instalacoes\/3300000001$/);
  await expect.poll(() => page.getByRole('heading', { name: 'O que eu preciso?' }).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { name: 'Serviços em destaque' }).isVisible()).toBe(true);
  await checkA11y(page, 'installation home');
  await shot(page, `${vp.name}-unica-home`);

  const acesse = page.getByRole('button', { name: 'Acesse aqui' });
  expect(await acesse.getAttribute('aria-expanded')).toBe('false');
  await acesse.click();
  expect(await acesse.getAttribute('aria-expanded')).toBe('true');
  await shot(page, `${vp.name}-unica-acesse-aqui`);
  await page
    .locator('#servicos-acesso')
    .getByRole('link', { name: /Conceder acesso/ })
    .click();

  await page.waitForURL(/\/conceder-acesso/);
  await expect.poll(() => page.getByRole('heading', { name: 'Selecione seu perfil' }).isVisible()).toBe(true);
  await page.getByLabel(/Baixa tensão/).check();
  // The only partner comes chosen, on the same first screen.
  expect(await page.getByRole('radio', { name: /João Pedro Oliveira Santos/ }).isChecked()).toBe(true);
  await page.getByLabel(/Estou ciente/).check();
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect.poll(() => page.getByText('1 instalação selecionada').isVisible()).toBe(true);
  expect(await page.getByRole('checkbox', { name: '3300000001' }).isChecked()).toBe(true);
  await checkA11y(page, 'single installation step 3');
  await shot(page, `${vp.name}-unica-instalacao`);
  await context.close();
});

test('na lista de instalações, CONCEDER ACESSO aparece ao passar o mouse e ao focar com o teclado', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev');
  const item = page.locator('li.installation').first();
  const button = item.getByRole('link', { name: /Conceder acesso/ });
  const opacity = () => button.evaluate((el) => getComputedStyle(el).opacity);
  await page.mouse.move(0, 0);
  expect(await opacity()).toBe('0');
  await item.hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await item.locator('a.name').focus();
  await page.keyboard.press('Tab');
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(opacity).toBe('1');
  await shot(page, 'inicio-conceder-acesso-foco');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/conceder-acesso\?parceiro=.*instalacao=3000000001/);
  await context.close();
});
