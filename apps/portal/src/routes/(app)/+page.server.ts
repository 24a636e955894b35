import { error, redirect } from '@sveltejs/kit';
import { BusinessPartnersQuery, InstallationsQuery } from '#lib/graphql/customers.ts';
import { AccessGrantInstallationsQuery, AccessGrantsReceivedQuery } from '#lib/graphql/grants.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;
const GRANTS_SHOWN = 20;
const GRANTED_PER_GRANT = 50;

/**
 * The installations others granted to this person, with the titular and the permission's protocol:
 * from the active grants received (accessibleInstallations lists own and granted together in number
 * order, so a titular's many own installations would hide the granted ones).
 */
async function grantedInstallations(opts: ReturnType<typeof callOptions>) {
  const received = await api(AccessGrantsReceivedQuery, { status: ['ACCEPTED'], first: GRANTS_SHOWN }, opts);
  if (received.error) return { granted: [], more: false, error: received.error.message };
  const grants = received.data.accessGrantsReceived.edges.map((e) => e.node);
  const lists = await Promise.all(
    grants.map((g) => api(AccessGrantInstallationsQuery, { id: g.id, first: GRANTED_PER_GRANT }, opts)),
  );
  let more = received.data.accessGrantsReceived.pageInfo.hasNextPage;
  const granted = grants.flatMap((g, i) => {
    const c = lists[i]?.data?.accessGrant?.installations;
    if (c?.pageInfo.hasNextPage) more = true;
    return (c?.edges ?? [])
      .map((e) => e.node)
      .filter((n) => !n.revokedAt)
      .map((installation) => ({
        installation,
        grantId: g.id,
        titularName: g.titular.fullName,
        protocolNumber: g.protocolNumber,
      }));
  });
  return { granted, more, error: null };
}

export const load: PageServerLoad = async (event) => {
  const opts = callOptions(event);
  const partnerId = event.url.searchParams.get('parceiro') || null;
  const search = event.url.searchParams.get('busca')?.trim() || null;
  const after = event.url.searchParams.get('depois') || null;

  const [partners, installations, shared] = await Promise.all([
    api(BusinessPartnersQuery, {}, opts),
    api(InstallationsQuery, { businessPartnerId: partnerId, search, first: PAGE_SIZE, after }, opts),
    grantedInstallations(opts),
  ]);
  if (partners.error) error(502, partners.error.message);
  if (installations.error) error(502, installations.error.message);
  const granted = shared.granted;

  const total = partners.data.businessPartners.reduce((n, p) => n + p.installationCount, 0);
  // A titular with a single installation goes straight to that installation's home.
  const only = installations.data.installations.edges[0]?.node;
  if (total === 1 && only && !partnerId && !search && granted.length === 0)
    redirect(303, `/instalacoes/${encodeURIComponent(only.number)}`);

  return {
    partners: partners.data.businessPartners,
    installations: installations.data.installations,
    filters: { partnerId, search },
    pageSize: PAGE_SIZE,
    totalInstallations: total,
    granted,
    moreGranted: shared.more,
    grantedError: shared.error,
  };
};
