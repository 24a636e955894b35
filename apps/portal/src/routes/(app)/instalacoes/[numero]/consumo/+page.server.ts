import { error } from '@sveltejs/kit';
import { toMonths } from '#lib/acting/map.ts';
import { ConsumptionQuery } from '#lib/graphql/acting.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await api(
    ConsumptionQuery,
    { installationNumber: event.params.numero, months: 12 },
    callOptions(event),
  );
  if (result.error?.code === 'NOT_FOUND' || result.error?.code === 'FORBIDDEN')
    error(404, result.error.message);
  if (result.error) error(502, result.error.message);
  // The chart shows the 12 months; the month a year before the newest one only feeds the comparison.
  const { months, sameMonthLastYear } = result.data.consumption;
  return { months: toMonths(sameMonthLastYear ? [sameMonthLastYear, ...months] : months) };
};
