import { error } from '@sveltejs/kit';
import { AccessGrantsGivenQuery } from '#lib/graphql/grants.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await api(AccessGrantsGivenQuery, { first: 50 }, callOptions(event));
  if (result.error) error(502, result.error.message);
  return { grants: result.data.accessGrantsGiven };
};
