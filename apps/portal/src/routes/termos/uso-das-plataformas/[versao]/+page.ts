import { error } from '@sveltejs/kit';
import { termsText } from '#lib/terms/texts.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
  if (!termsText('uso-das-plataformas', params.versao)) error(404, 'Esta versão dos termos não existe.');
  return { version: params.versao };
};
