// The e-mails of proving titularity and of a CPF moving to the account that proved it (pt-BR). Kept
// apart from render.ts by meaning; render.ts merges them into its one table.
import { firstName } from '@delega/shared/people';
import type { MailTemplates } from '../mail.types.ts';
import { action, b, note, p, type MailContent } from './blocks.ts';
import { formatDateTime } from './format.ts';

type Builders = {
  [K in 'titularity-code' | 'cpf-reclaimed']: (data: MailTemplates[K]) => MailContent;
};

export const titularityTemplates: Builders = {
  'titularity-code': (d) => ({
    subject: `Código para confirmar a titularidade de ${d.partnerName}`,
    preheader: 'Use o código no portal para confirmar que você é o titular.',
    greeting: 'Olá.',
    blocks: [
      p(
        'Alguém pediu, no portal, para confirmar a titularidade do cliente ',
        b(d.partnerName),
        '. Se foi você, informe este código no portal:',
      ),
      p(b(d.code)),
      p('O código vale até ', b(formatDateTime(d.expiresAt)), ' e só pode ser usado uma vez.'),
      action('Abrir o portal', d.portalUrl),
      note(
        'Se não foi você, não passe este código a ninguém: sem ele, ninguém age em nome deste cliente no portal.',
      ),
    ],
  }),

  'cpf-reclaimed': (d) => ({
    subject: d.side === 'NEW' ? 'Seu CPF agora está na sua conta' : 'Seu CPF foi desvinculado desta conta',
    preheader:
      d.side === 'NEW'
        ? 'Você confirmou a titularidade e o CPF passou para a sua conta.'
        : 'Quem comprovou ser o titular deste CPF o vinculou à própria conta.',
    greeting: `Olá, ${firstName(d.fullName)}.`,
    blocks:
      d.side === 'NEW'
        ? [
            p(
              'Você comprovou a titularidade e o seu CPF foi vinculado à sua conta em ',
              b(formatDateTime(d.at)),
              '. A conta que usava o CPF antes foi avisada e não age mais por ele.',
            ),
            action('Entrar no portal', d.signInUrl),
          ]
        : [
            p(
              'Em ',
              b(formatDateTime(d.at)),
              ', a pessoa que comprovou ser titular do CPF informado no cadastro desta conta o vinculou à própria conta. Esta conta continua existindo, mas não age mais como titular por esse CPF.',
            ),
            note('Se o CPF é seu e você não reconhece este pedido, fale com a nossa central de atendimento.'),
            action('Entrar no portal', d.signInUrl),
          ],
  }),
};
