import { error, redirect } from '@sveltejs/kit';
import { toInstallation } from '#lib/acting/map.ts';
import { AccessibleInstallationsQuery } from '#lib/graphql/acting.ts';
import { BusinessPartnersQuery, InstallationsQuery } from '#lib/graphql/customers.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;
const GRANTED_PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
  const opts = callOptions(event);
  const partnerId = event.url.searchParams.get('parceiro') || null;
  const search = event.url.searchParams.get('busca')?.trim() || null;
  const after = event.url.searchParams.get('depois') || null;

  const [partners, installations, accessible] = await Promise.all([
    api(BusinessPartnersQuery, {}, opts),
    api(InstallationsQuery, { businessPartnerId: partnerId, search, first: PAGE_SIZE, after }, opts),
    api(AccessibleInstallationsQuery, { first: GRANTED_PAGE_SIZE }, opts),
  ]);
  if (partners.error) error(502, partners.error.message);
  if (installations.error) error(502, installations.error.message);
  // The installations others granted to this person, with the titular and the permission's protocol.
  const granted = (accessible.data?.accessibleInstallations.edges ?? [])
    .map((e) => toInstallation(e.node))
    .filter((i) => i.access.viewer === 'INVITEE');

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
    grantedError: accessible.error?.message ?? null,
  };
};
