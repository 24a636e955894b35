// Operators manage other teams' service keys. Thin: the admin check, input rules, the service.
import { checkEmail } from '@delega/shared/people';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import { isUuid } from '../../db/sql.ts';
import { Role } from '../../graphql/auth-checker.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { requireAdmin } from './admin.policy.ts';
import { API_KEY_SCOPES, checkScopes, type ApiKeyOptions, type ApiKeyScope } from './api-key.service.ts';
import { CreatedServiceKeyType, CreateServiceKeyInput, ServiceKeyType } from './service-key.type.ts';

export const TEAM_RE = /^[\w.-]{3,100}$/;
/** Longest rotation overlap: a week. */
export const MAX_OVERLAP_MINUTES = 7 * 24 * 60;

function checkInput(input: CreateServiceKeyInput): { scopes: ApiKeyScope[]; opts: ApiKeyOptions } {
  const fields: FieldErrors = {};
  if (!TEAM_RE.test(input.team))
    fields.team = 'Informe o time com 3 a 100 letras, números, ".", "_" ou "-" (sem espaços).';
  const email = checkEmail(input.contactEmail);
  if (!email.ok) fields.contactEmail = email.message;
  const scopes = checkScopes(input.scopes);
  if (typeof scopes === 'string')
    fields.scopes = `Escopos válidos: ${API_KEY_SCOPES.join(', ')} (pelo menos um).`;
  if (
    !Number.isInteger(input.rateLimitPerMinute) ||
    input.rateLimitPerMinute < 1 ||
    input.rateLimitPerMinute > 100_000
  )
    fields.rateLimitPerMinute = 'Informe um limite entre 1 e 100000 requisições por minuto.';
  assertNoFieldErrors(fields);
  return {
    scopes: scopes as ApiKeyScope[],
    opts: {
      team: input.team,
      contactEmail: email.ok ? email.value : null,
      rateLimitPerMinute: input.rateLimitPerMinute,
    },
  };
}

function keyId(id: string): string {
  if (!isUuid(id)) throw new AppError('NOT_FOUND', 'Chave de API não encontrada.');
  return id;
}

@Resolver()
export class ServiceKeysResolver {
  @Authorized(Role.PERSON)
  @Query(() => [ServiceKeyType], { description: 'Every service key, newest first (operators only).' })
  async serviceKeys(@Ctx() ctx: GraphQLContext): Promise<ServiceKeyType[]> {
    await requireAdmin(ctx);
    const now = new Date();
    return (await ctx.services.apiKeys.list(ctx.em)).map((k) => ServiceKeyType.from(k, now));
  }

  @Authorized(Role.PERSON)
  @Mutation(() => CreatedServiceKeyType, {
    description: 'A key for another team; the key is shown this once (operators only).',
  })
  async createServiceKey(
    @Arg('input', () => CreateServiceKeyInput) input: CreateServiceKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedServiceKeyType> {
    await requireAdmin(ctx);
    const { scopes, opts } = checkInput(input);
    const { key, apiKey } = await ctx.services.apiKeys.create(ctx.em, input.team, scopes, opts);
    return Object.assign(new CreatedServiceKeyType(), {
      key,
      serviceKey: ServiceKeyType.from(apiKey, new Date()),
    });
  }

  @Authorized(Role.PERSON)
  @Mutation(() => CreatedServiceKeyType, {
    description:
      'A new key with the same owner, scopes and limit; the old one keeps working for overlapMinutes (0–10080), then stops (operators only).',
  })
  async rotateServiceKey(
    @Arg('id', () => ID) id: string,
    @Arg('overlapMinutes', () => Int) overlapMinutes: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedServiceKeyType> {
    await requireAdmin(ctx);
    if (!Number.isInteger(overlapMinutes) || overlapMinutes < 0 || overlapMinutes > MAX_OVERLAP_MINUTES)
      throw AppError.validation({
        overlapMinutes: `Informe de 0 a ${MAX_OVERLAP_MINUTES} minutos (uma semana).`,
      });
    const { key, apiKey } = await ctx.services.apiKeys.rotate(ctx.em, keyId(id), overlapMinutes);
    return Object.assign(new CreatedServiceKeyType(), {
      key,
      serviceKey: ServiceKeyType.from(apiKey, new Date()),
    });
  }

  @Authorized(Role.PERSON)
  @Mutation(() => ServiceKeyType, {
    description: 'Revokes a key at once: its next request is refused (operators only).',
  })
  async revokeServiceKey(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceKeyType> {
    await requireAdmin(ctx);
    return ServiceKeyType.from(await ctx.services.apiKeys.revokeById(ctx.em, keyId(id)), new Date());
  }
}
