// The seed's flow as a new user meets it (issue 14): the joined first screen and the validity choice
// shown on Convite enviado; the expired-invite e-mail's "Convidar novamente" opening that invite's
// re-send confirmation; registering from a copied link, confirming the e-mail, and being brought back
// to the invite.
import { formatCpf, generateCpf } from '@delega/shared/documents';
import { expect, test } from 'vitest';
import {
  checkA11y,
  fillInvitee,
  inviteByApi,
  linkTo,
  newContext,
  open,
  portalUrl,
  shot,
  signIn,
  uniqueEmail,
  useBrowser,
  useDatabase,
  waitForMail,
} from './helpers.ts';

useBrowser();
const sql = useDatabase();

/** A link from an e-mail, on the portal under test. */
const onPortal = (url: string) => url.replace(/^https?:\/\/[^/]+/, portalUrl());

test('primeira tela única (perfil, parceiro, ciência, um Próximo) e o prazo escolhido aparece no convite enviado', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev');
  await open(page, '/conceder-acesso');
  await expect.poll(() => page.getByRole('heading', { name: 'Selecione seu perfil' }).isVisible()).toBe(true);
  // One screen: the profile, the partners and the ciência box together; four steps in all.
  await expect
    .poll(() => page.getByRole('heading', { name: 'Selecione o seu parceiro de negócio' }).isVisible())
    .toBe(true);
  expect(await page.getByText('Etapa 1 de 4', { exact: false }).count()).toBe(1);
  await page.getByLabel(/Baixa tensão/).check();
  await page.getByRole('radio', { name: /Mariana Conceição Alves/ }).check();
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('marque que você está ciente');
  await page.getByLabel(/Estou ciente que minha permissão/).check();
  await checkA11y(page, 'wizard first screen');
  await shot(page, 'flow-primeira-tela');
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Selecione sua instalação' }).isVisible())
    .toBe(true);
  // Every active installation ticked by the page's checkbox: the same confirmation as Selecionar todas.
  await page.getByRole('checkbox', { name: 'Selecionar as instalações ativas desta página' }).check();
  const confirmAll = page.getByRole('dialog', { name: 'Selecionar todas as instalações?' });
  await expect.poll(() => confirmAll.isVisible()).toBe(true);
  await confirmAll.getByRole('button', { name: 'Cancelar' }).click();
  await expect.poll(() => page.getByText('0 instalações selecionadas').isVisible()).toBe(true);
  await page.getByRole('checkbox', { name: '3000000001' }).check();
  await page.getByRole('button', { name: 'Próximo' }).click();

  await fillInvitee(page, {
    fullName: 'Helena Duarte Ramos',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('helena'),
  });
  // Prazo da permissão: "Até" a date, a year ahead.
  const year = new Date(Date.now() + 365 * 86_400_000);
  const iso = new Date(year.getTime() - 3 * 3600_000).toISOString().slice(0, 10);
  await page.getByLabel('Até', { exact: true }).check();
  await page.getByLabel('Data final da permissão').fill(iso);
  await checkA11y(page, 'invitee step with validity');
  await page.getByRole('button', { name: 'Próximo' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Convite enviado' }).isVisible(), { timeout: 30_000 })
    .toBe(true);
  const longDate = new Intl.DateTimeFormat('pt-BR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T12:00:00Z`));
  expect(await page.locator('#prazo-enviado').textContent()).toContain(`Até ${longDate}`);
  expect(await page.textContent('body')).toContain(
    'Caso você queira salvar o PDF desse convite, basta clicar na opção BAIXAR PROTOCOLO.',
  );
  expect(await page.textContent('body')).not.toContain('..');
  await shot(page, 'flow-convite-enviado-prazo');

  // The same validity in Acessos concedidos.
  await page.getByRole('link', { name: 'Ver acessos concedidos' }).click();
  await expect.poll(() => page.getByTestId('prazo').first().textContent()).toContain(`Até ${longDate}`);
  await context.close();
});

test('o link "Convidar novamente" do e-mail de convite expirado abre a confirmação de reenvio desse convite', async () => {
  const invitee = {
    fullName: 'Otávio Mendes Ribeiro',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('otavio'),
  };
  const { grantId } = await inviteByApi('titular@delega.dev', '1000000001', ['3000000002'], invitee);
  await sql(`update access_grant set invite_expires_at = now() - interval '1 minute' where id = $1`, [
    grantId,
  ]);
  // The expiry sweep e-mails the titular (it runs every 30 s).
  const mail = await waitForMail(
    'titular@delega.dev',
    (m) => m.links.some((l) => l.includes(`reenviar=${grantId}`)),
    90_000,
  );
  const context = await newContext();
  const page = await context.newPage();
  await signIn(
    page,
    'titular@delega.dev',
    undefined,
    new URL(onPortal(linkTo(mail, 'reenviar='))).pathname + `?reenviar=${grantId}`,
  );
  const dialog = page.getByRole('dialog', { name: 'Convidar novamente?' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.textContent()).toContain(invitee.fullName);
  await checkA11y(page, 're-invite confirmation');
  await shot(page, 'flow-reenviar-confirmacao');
  await dialog.getByRole('button', { name: 'Enviar novo convite' }).click();
  await expect
    .poll(() => page.getByText(`Novo convite enviado para ${invitee.email}`).isVisible())
    .toBe(true);
  await waitForMail(invitee.email, (m) => m.links.some((l) => l.includes('/convite/')));
  await context.close();
});

test('quem se cadastra pelo link copiado confirma o e-mail e volta ao convite para aceitar', async () => {
  const invitee = {
    fullName: 'Renata Campos Vieira',
    cpf: formatCpf(generateCpf())!,
    email: uniqueEmail('renata'),
  };
  const { inviteUrl } = await inviteByApi('titular@delega.dev', '1000000001', ['3000000001'], invitee);
  const context = await newContext({ width: 360, height: 740 });
  const page = await context.newPage();
  await open(page, onPortal(inviteUrl));
  // The invite page says how long the permission lasts (here: until the titular revokes it).
  await expect
    .poll(() => page.getByTestId('invite-validity').textContent())
    .toContain('Até quem concedeu retirar');
  // (Clicked again until the page is interactive: the first click may land before hydration.)
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Ainda não tenho conta' }).click();
      return page.getByLabel('Nome completo').isVisible();
    })
    .toBe(true);
  await page.getByLabel('Nome completo').fill(invitee.fullName);
  await page.getByLabel('CPF').fill(invitee.cpf);
  await page.getByLabel('E-mail').fill(invitee.email);
  await page.getByLabel(/^Senha/).fill('Convidada#2026');
  await page.getByLabel(/^Repita a senha/).fill('Convidada#2026');
  await page.getByRole('button', { name: 'Criar conta' }).click();

  // The copied link does not prove the mailbox: the e-mail must be confirmed first.
  const verification = await waitForMail(invitee.email, (m) =>
    m.links.some((l) => l.includes('/verificar-email')),
  );
  const confirm = await context.newPage();
  await open(confirm, onPortal(linkTo(verification, '/verificar-email')));
  await confirm.getByRole('button', { name: 'Confirmar e-mail' }).click();
  const back = confirm.getByRole('link', { name: 'Voltar ao convite' });
  await expect.poll(() => back.isVisible()).toBe(true);
  await checkA11y(confirm, 'e-mail confirmed, back to the invite');
  await shot(confirm, 'flow-email-confirmado-voltar-ao-convite');
  await back.click();
  await confirm.waitForURL(/\/convite\//);
  await expect
    .poll(
      async () =>
        (await confirm.getByRole('heading', { name: 'Confirme o aceite' }).isVisible()) ||
        (await confirm.getByLabel('E-mail').isVisible()),
    )
    .toBe(true);
  if (await confirm.getByLabel('E-mail').isVisible()) {
    await confirm.getByLabel('E-mail').fill(invitee.email);
    await confirm.getByLabel(/^Senha/).fill('Convidada#2026');
    await confirm.getByRole('button', { name: 'Entrar' }).click();
  }
  await expect.poll(() => confirm.getByRole('heading', { name: 'Confirme o aceite' }).isVisible()).toBe(true);
  await confirm.getByLabel(/Termos da Permissão de Acesso/).check();
  await confirm.getByLabel(/Termos de Uso das Plataformas/).check();
  await confirm.getByRole('button', { name: 'Aceitar convite' }).click();
  await expect
    .poll(() => confirm.getByRole('heading', { name: /Você agora tem acesso/ }).isVisible())
    .toBe(true);
  await context.close();
});

test('uma instalação inativa não oferece Conceder acesso; numa tela de toque, Minhas instalações diz o que tocar', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, 'titular@delega.dev', undefined, '/instalacoes/3000000004');
  await expect.poll(() => page.getByTestId('inactive-no-grant').isVisible()).toBe(true);
  // (The site menu's Conceder acesso stays: it opens the wizard for the partner's active ones.)
  expect(
    await page
      .getByTestId('featured-services')
      .getByRole('link', { name: /Conceder acesso/ })
      .count(),
  ).toBe(0);
  expect(await page.getByRole('button', { name: 'Acesse aqui' }).count()).toBe(0);
  await checkA11y(page, 'inactive installation home');
  await context.close();

  const phone = await newContext({ width: 360, height: 740 }, { hasTouch: true, isMobile: true });
  const tp = await phone.newPage();
  await signIn(tp, 'titular@delega.dev');
  const hint = tp.locator('.head p.muted');
  await expect.poll(() => hint.innerText()).toContain('Toque em Conceder acesso');
  expect(await hint.innerText()).not.toContain('Passe o mouse');
  await phone.close();
});
