// Who is an operator (the `admin` role): an account whose e-mail is in ADMIN_EMAILS, or one granted
// by `pnpm admin:grant <email>` (table admin_account). Asked by the service-key operations.
import { AppError } from '../../common/errors.ts';
import { pgArray } from '../../db/sql.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';

export async function isAdmin(ctx: GraphQLContext, userId: string): Promise<boolean> {
  const emails = ctx.services.config.adminEmails;
  const rows = await ctx.em.execute<{ admin: boolean }[]>(
    `select exists (select 1 from admin_account where user_id = u.id)
            or lower(u.email) = any(?::text[]) as admin
       from app_user u where u.id = ?`,
    [pgArray(emails), userId],
  );
  return rows[0]?.admin === true;
}

/** FORBIDDEN unless the signed-in person is an operator (behind `@Authorized(Role.PERSON)`). */
export async function requireAdmin(ctx: GraphQLContext): Promise<void> {
  const viewer = requireViewer(ctx);
  if (!(await isAdmin(ctx, viewer.userId)))
    throw new AppError('FORBIDDEN', 'Somente operadores da plataforma podem gerenciar chaves de API.');
}
