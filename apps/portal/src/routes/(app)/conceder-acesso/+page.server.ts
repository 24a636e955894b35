import { error } from '@sveltejs/kit';
import { BusinessPartnersQuery } from '#lib/graphql/customers.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const partners = await api(BusinessPartnersQuery, {}, callOptions(event));
  if (partners.error) error(502, partners.error.message);
  return {
    userId: user.id,
    userCpf: user.cpf,
    partners: partners.data.businessPartners,
    prefill: {
      partnerId: event.url.searchParams.get('parceiro'),
      installation: event.url.searchParams.get('instalacao'),
    },
  };
};
