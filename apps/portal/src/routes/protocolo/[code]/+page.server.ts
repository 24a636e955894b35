import { VerifyProtocolQuery } from '#lib/graphql/protocol.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await api(
    VerifyProtocolQuery,
    { code: event.params.code },
    { ...callOptions(event), token: null },
  );
  if (result.error && result.error.code !== 'NOT_FOUND')
    return { protocol: null, error: result.error.message };
  return { protocol: result.data?.verifyProtocol ?? null, error: null };
};
