// What follows from a service request, in its transaction: the e-mails (to whoever asked and, when an
// invitee asked, to the titular in whose name) and the live notification of the installation's
// request list. One place, like the grants' effects table; the command never mails by hand.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { InstallationAuthority } from '../grants/installation-authority.query.ts';
import type { MailService } from '../mail/mail.service.ts';
import { ServiceRequestType } from './service-request.entity.ts';
import type { ServiceRequestRow } from './service-request.queries.ts';

export const SERVICE_LABELS: Record<ServiceRequestType, string> = {
  [ServiceRequestType.DUE_DATE_CHANGE]: 'Alteração da data de vencimento',
  [ServiceRequestType.POWER_OUTAGE]: 'Informar falta de energia',
};

function detailOf(r: ServiceRequestRow): string | null {
  if (r.type === ServiceRequestType.DUE_DATE_CHANGE) return `Novo dia de vencimento: ${r.due_day}.`;
  return r.description ? `Descrição: ${r.description}` : null;
}

export interface ServiceRequestEffectsDeps {
  mail: MailService;
  pubsub: PgPubSub;
  portalUrl: string;
}

export async function serviceRequestMade(
  tx: EntityManager,
  deps: ServiceRequestEffectsDeps,
  r: ServiceRequestRow,
  requester: { fullName: string; email: string },
  auth: InstallationAuthority,
): Promise<void> {
  const base = deps.portalUrl.replace(/\/+$/, '');
  const common = {
    protocolNumber: r.protocol_number,
    serviceLabel: SERVICE_LABELS[r.type],
    detail: detailOf(r),
    installationNumber: r.installation_number,
    requestedAt: r.requested_at,
  };
  await deps.mail.enqueue(
    tx,
    'service-request-received',
    { email: requester.email, name: requester.fullName },
    {
      ...common,
      requesterName: requester.fullName,
      onBehalfOf: r.business_partner_name,
      requestsUrl: `${base}/instalacoes/${r.installation_number}/solicitacoes`,
    },
  );
  if (auth.kind === 'GRANTED') {
    const t = auth.grant.titular;
    await deps.mail.enqueue(
      tx,
      'service-request-on-your-behalf',
      { email: t.email, name: t.fullName },
      {
        ...common,
        titularName: t.fullName,
        inviteeName: requester.fullName,
        grantProtocolNumber: auth.grant.protocolNumber,
        activityUrl: `${base}/acessos-concedidos?atividade=${auth.grant.id}`,
      },
    );
  }
  await deps.pubsub.notify(tx, 'SERVICE_REQUEST_ADDED', {
    serviceRequestId: r.id,
    installationNumber: r.installation_number,
  });
}
