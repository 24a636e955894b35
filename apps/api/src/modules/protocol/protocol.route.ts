// GET /protocol/<grant id>.pdf: "BAIXAR PROTOCOLO".
import type { Route } from '../../app/module.ts';
import { AppError } from '../../common/errors.ts';
import { sendError } from '../../http/http-utils.ts';

export const protocolPdfRoute: Route = {
  method: 'GET',
  path: /^\/protocol\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i,
  async handle(_req, res, [grantId], ctx) {
    if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
    let result: { filename: string; pdf: Buffer };
    try {
      result = await ctx.services.protocol.download(ctx.em, grantId!.toLowerCase(), ctx.viewer, ctx.meta);
    } catch (err) {
      // Not yours and does not exist look the same: 404.
      if (err instanceof AppError && err.code === 'NOT_FOUND') return sendError(res, 404, err);
      throw err;
    }
    const { filename, pdf } = result;
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
    res.end(pdf);
  },
};
