// The e-mail to a team whose webhook endpoint was disabled (pt-BR, like every e-mail): to the
// contact e-mail of its service key. Kept apart from render.ts by meaning; render.ts merges it in.
import type { MailTemplates } from '../mail.types.ts';
import { action, b, note, p, type MailContent } from './blocks.ts';
import { formatDateTime } from './format.ts';

type Builders = {
  'webhook-endpoint-disabled': (data: MailTemplates['webhook-endpoint-disabled']) => MailContent;
};

export const webhookTemplates: Builders = {
  'webhook-endpoint-disabled': (d) => ({
    subject: `Webhook desativado: ${d.url}`,
    preheader: 'Paramos de enviar eventos para este endpoint até que ele seja reativado.',
    greeting: `Olá, equipe ${d.team}.`,
    blocks: [
      p(
        'Em ',
        b(formatDateTime(d.disabledAt)),
        ', desativamos o endpoint de webhook abaixo',
        d.reason === 'GONE'
          ? ', porque ele respondeu HTTP 410 (Gone), que pede que paremos de enviar.'
          : ', porque as entregas para ele continuaram falhando depois de todas as tentativas (cerca de um dia).',
      ),
      action('Endereço do endpoint', d.url),
      p(
        'Enquanto ele estiver desativado, nenhum evento é enviado. Depois de corrigir o receptor, reative-o com ',
        b('updateWebhookEndpoint(id, input: { enabled: true })'),
        ' e reenvie o que faltou com ',
        b('redeliverWebhook'),
        ' (o registro fica em webhookDeliveries).',
      ),
      p('Identificador do endpoint: ', b(d.endpointId), '.'),
      note('Você recebe este aviso porque é o contato cadastrado na chave de API deste time.'),
    ],
  }),
};
