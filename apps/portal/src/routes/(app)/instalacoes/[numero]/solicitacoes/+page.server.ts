import { error } from '@sveltejs/kit';
import { ServiceRequestsQuery } from '#lib/graphql/acting.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await api(
    ServiceRequestsQuery,
    { installationNumber: event.params.numero, first: 20 },
    callOptions(event),
  );
  if (result.error?.code === 'NOT_FOUND' || result.error?.code === 'FORBIDDEN')
    error(404, result.error.message);
  if (result.error) error(502, result.error.message);
  return { dueDateOptions: result.data.dueDateOptions, requests: result.data.serviceRequests };
};
