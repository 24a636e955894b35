// type-graphql reads the field types of the DTOs below from decorator metadata; load the polyfill first
// (scripts such as schema:emit reach this file before anything else imports it).
import 'reflect-metadata';
import { formatCpf } from '@delega/shared/documents';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../../common/errors.ts';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { ResetPasswordInput, SignInInput, SignUpInput } from './accounts.input.ts';
import { AuthPayload, SignUpPayload } from './accounts.type.ts';
import { User } from './user.entity.ts';
import { UserType } from './user.type.ts';

/** A reclaimed account keeps a stand-in that is no CPF (cpf-reclaim.service.ts): it has none to show. */
function toUserType(user: User): UserType {
  return UserType.fromEntity(user, formatCpf(user.cpf));
}

@Resolver()
export class AccountsResolver {
  @Authorized(Role.PERSON)
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<UserType> {
    const viewer = requireViewer(ctx);
    const user = await ctx.em.findOne(User, viewer.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    return toUserType(user);
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Registers an account and e-mails a verification link. Does not sign in (call signIn next). The answer is the same when the e-mail or CPF already has an account; its owner is told by e-mail. Errors: VALIDATION_FAILED (extensions.fields: input.fullName, input.cpf, input.email, input.password), RATE_LIMITED.',
  })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignUpPayload> {
    const { email } = await ctx.services.accounts.signUp(ctx.em, input, ctx.meta);
    return Object.assign(new SignUpPayload(), {
      email,
      message: `Cadastro recebido. Em instantes você receberá em ${email} um e-mail com os próximos passos. Se não encontrar, confira a caixa de spam.`,
    });
  }

  @Mutation(() => AuthPayload, {
    description:
      'Opens a session with e-mail and password. Errors: UNAUTHENTICATED ("E-mail ou senha incorretos.", whether the e-mail exists or not), RATE_LIMITED (extensions.retryAfterSeconds).',
  })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    const { token, session, user } = await ctx.services.accounts.signIn(ctx.em, input, ctx.meta);
    return Object.assign(new AuthPayload(), { token, expiresAt: session.expiresAt, user: toUserType(user) });
  }

  @Authorized(Role.PERSON)
  @Mutation(() => Boolean, {
    description: 'Ends the current session (its token stops working and its WebSocket connections close).',
  })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.accounts.signOut(ctx.em, requireViewer(ctx));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Confirms the e-mail address with the token of the link sent to it (single use, 24 hours). Errors: VALIDATION_FAILED (extensions.fields.token) for an unknown, used or expired link.',
  })
  async verifyEmail(
    @Arg('token', { description: 'The `token` parameter of the verification link.' }) token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.accounts.verifyEmail(ctx.em, token);
    return true;
  }

  @Authorized(Role.PERSON)
  @Mutation(() => Boolean, {
    description:
      'E-mails a new verification link to the signed-in user (nothing is sent when already verified). Errors: RATE_LIMITED.',
  })
  async requestEmailVerification(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.accounts.requestEmailVerification(ctx.em, requireViewer(ctx));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      '"Esqueci minha senha": e-mails a single-use link valid one hour if the address has an account. Always true, so it reveals nothing. Errors: VALIDATION_FAILED (malformed e-mail), RATE_LIMITED.',
  })
  async requestPasswordReset(
    @Arg('email', { description: 'E-mail address of the account.' }) email: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.accounts.requestPasswordReset(ctx.em, email, ctx.meta);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the reset token. Ends every session of the account and counts as e-mail verification. Errors: VALIDATION_FAILED (extensions.fields: input.token for an unknown, used or expired link; input.password for the policy).',
  })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.accounts.resetPassword(ctx.em, input);
    return true;
  }
}
