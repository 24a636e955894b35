import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.ts';
import { ProtocolVerificationType } from './protocol.type.ts';

@Resolver()
export class ProtocolResolver {
  @Query(() => ProtocolVerificationType, {
    nullable: true,
    description:
      'Public verification of a protocol by the code printed on its PDF (and in its QR code): current status, dates and installation counts, no personal data. Null when the code is unknown.',
  })
  async verifyProtocol(
    @Arg('code', { description: 'Verification code printed on the protocol.' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProtocolVerificationType | null> {
    if (code.length > 64) return null;
    const facts = await ctx.services.protocol.verify(ctx.em, code);
    return facts ? ProtocolVerificationType.from(facts) : null;
  }
}
