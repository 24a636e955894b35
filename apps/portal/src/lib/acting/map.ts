// From the API's answers to what the installation pages show. The one place that knows the shapes of
// the acting operations (src/lib/graphql/acting.ts), so the components stay plain.
import type { ActivityRow } from './activity-row.ts';
import type { RequestRow } from './request-row.ts';
import type {
  GrantActivityFieldsFragment,
  InstallationFieldsFragment,
  ServiceRequestFieldsFragment,
} from '../graphql/generated/graphql.ts';
import type { MonthKwh } from '../consumption.ts';
import type { InstallationAccess, InstallationSummary } from './model.ts';

export function toInstallation(i: InstallationFieldsFragment): {
  installation: InstallationSummary;
  access: InstallationAccess;
} {
  const { access, ...installation } = i;
  const g = access.kind === 'GRANTED' ? access.grant : null;
  return {
    installation,
    access: {
      viewer: g ? 'INVITEE' : 'TITULAR',
      grant: g
        ? {
            id: g.id,
            protocolNumber: g.protocolNumber,
            titularName: g.titular.fullName,
            scopes: [...access.scopes],
          }
        : null,
    },
  };
}

/** `viewerName`: the signed-in person, to say "você" for their own requests. */
export function toRequestRow(r: ServiceRequestFieldsFragment, viewerName: string): RequestRow {
  return {
    id: r.id,
    protocolNumber: r.protocolNumber,
    type: r.type,
    status: r.status,
    requestedAt: r.requestedAt,
    dueDay: r.dueDay ?? null,
    description: r.description ?? null,
    requesterName: r.requester.fullName,
    grantProtocolNumber: r.madeBy === 'INVITEE' ? (r.grant?.protocolNumber ?? '') : null,
    onBehalfOf: r.onBehalfOf,
    mine: r.requester.fullName === viewerName,
  };
}

export function toActivityRow(a: GrantActivityFieldsFragment): ActivityRow {
  return {
    id: a.id,
    kind: a.type,
    at: a.at,
    actorName: a.actorName,
    installationNumber: a.installationNumber || null,
    referenceMonths: [...a.referenceMonths],
    requestProtocolNumber: a.protocolNumber ?? null,
    requestType: a.serviceRequest?.type ?? null,
  };
}

export function toMonths(points: readonly { referenceMonth: string; consumptionKwh: number }[]): MonthKwh[] {
  return points.map((p) => ({ referenceMonth: p.referenceMonth, kwh: p.consumptionKwh }));
}
