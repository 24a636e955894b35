import { error } from '@sveltejs/kit';
import { toInstallation } from '#lib/acting/map.ts';
import { InstallationQuery } from '#lib/graphql/acting.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

// The titular's installation or one an active grant covers; for anyone else the API answers NOT_FOUND,
// the same as an unknown number.
export const load: LayoutServerLoad = async (event) => {
  const result = await api(InstallationQuery, { number: event.params.numero }, callOptions(event));
  if (result.error?.code === 'NOT_FOUND') error(404, 'Instalação não encontrada entre as suas.');
  if (result.error) error(502, result.error.message);
  return toInstallation(result.data.installation);
};
