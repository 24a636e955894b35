// GET /protocol/<grant id>.pdf: "BAIXAR PROTOCOLO". Errors (401, and 404 for a grant that is not
// yours or does not exist, never told apart) are answered by the router from HTTP_STATUS.
import type { Route } from '../../app/module.ts';
import { AppError } from '../../common/errors.ts';

export const protocolPdfRoute: Route = {
  method: 'GET',
  path: /^\/protocol\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i,
  async handle(_req, res, [grantId], ctx) {
    if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
    const { filename, pdf } = await ctx.services.protocol.download(
      ctx.em,
      grantId!.toLowerCase(),
      ctx.viewer,
      ctx.meta,
      // Company grants: every current representative of the partner reads their protocols.
      await ctx.services.customers.partnerIdsForUser(ctx.em, ctx.viewer.userId),
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
