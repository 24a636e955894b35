import { error } from '@sveltejs/kit';
import { BillsQuery } from '#lib/graphql/acting.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 12;

export const load: PageServerLoad = async (event) => {
  const result = await api(
    BillsQuery,
    { installationNumber: event.params.numero, first: PAGE_SIZE },
    callOptions(event),
  );
  if (result.error?.code === 'NOT_FOUND' || result.error?.code === 'FORBIDDEN')
    error(404, result.error.message);
  if (result.error) error(502, result.error.message);
  return { bills: result.data.bills };
};
