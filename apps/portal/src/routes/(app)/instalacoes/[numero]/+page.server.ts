import { error } from '@sveltejs/kit';
import { InstallationsQuery } from '#lib/graphql/customers.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const number = event.params.numero;
  const result = await api(InstallationsQuery, { search: number, first: 10 }, callOptions(event));
  if (result.error) error(502, result.error.message);
  const installation = result.data.installations.edges.map((e) => e.node).find((n) => n.number === number);
  if (!installation) error(404, 'Instalação não encontrada entre as suas.');
  return { installation };
};
