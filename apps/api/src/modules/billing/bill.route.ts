// GET /bills/<bill id>.pdf: "Segunda via de conta". Errors (401; 404 for a bill that is not yours or
// does not exist, never told apart; 403 when your grant does not include bills) are answered by the
// router from HTTP_STATUS.
import type { Route } from '../../app/module.ts';
import { AppError } from '../../common/errors.ts';
import { person } from '../grants/grant-access.policy.ts';

export const billPdfRoute: Route = {
  method: 'GET',
  path: /^\/bills\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i,
  async handle(_req, res, [billId], ctx) {
    if (ctx.apiKey)
      throw new AppError('FORBIDDEN', 'Esta chave de API não tem permissão para esta operação.');
    if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
    const { filename, pdf } = await ctx.services.billing.download(
      ctx.em,
      person(ctx.viewer.userId),
      { userId: ctx.viewer.userId, meta: ctx.meta },
      billId!.toLowerCase(),
    );
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
    res.end(pdf);
  },
};
