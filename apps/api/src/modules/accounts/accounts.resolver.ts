import { formatCpf } from '@delega/shared/documents';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AppError } from '../../common/errors.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { User } from './user.entity.ts';
import { UserType } from './user.type.ts';

@Resolver()
export class AccountsResolver {
  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<UserType> {
    const viewer = requireViewer(ctx);
    const user = await ctx.em.findOne(User, viewer.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    return UserType.fromEntity(user, formatCpf(user.cpf) ?? user.cpf);
  }
}
