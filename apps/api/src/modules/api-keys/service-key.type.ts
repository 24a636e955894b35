import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiKey } from './api-key.entity.ts';

export enum ServiceKeyStatus {
  ACTIVE = 'ACTIVE',
  /** Rotated: works until `expiresAt`, the end of the overlap. */
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ServiceKeyStatus, {
  name: 'ServiceKeyStatus',
  description: 'Whether a service key works now.',
  valuesConfig: {
    ACTIVE: { description: 'Works.' },
    EXPIRING: { description: 'Rotated: works until expiresAt (the overlap), then stops.' },
    EXPIRED: { description: 'Rotated and past its overlap: refused.' },
    REVOKED: { description: 'Revoked: refused.' },
  },
});

@ObjectType('ServiceKey', {
  description: "Another team's key for the API (header x-api-key). The key itself is never shown again.",
})
export class ServiceKeyType {
  @Field(() => ID, { description: 'Id of the key (for rotateServiceKey and revokeServiceKey).' })
  id!: string;

  @Field({ description: 'Name of the key (the owner team when made by createServiceKey).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The team that owns the key.' })
  team!: string | null;

  @Field(() => String, { nullable: true, description: 'Whom to contact about the key.' })
  contactEmail!: string | null;

  @Field({ description: 'First characters of the key (dlg_<prefix>_…), to recognise it.' })
  prefix!: string;

  @Field(() => [String], {
    description: 'Scopes: installation-access:read, webhooks:manage, customers:write.',
  })
  scopes!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Requests per minute the key may make (429 past it); null: no limit of its own.',
  })
  rateLimitPerMinute!: number | null;

  @Field(() => ServiceKeyStatus, { description: 'Whether the key works now.' })
  status!: ServiceKeyStatus;

  @Field({ description: 'When the key was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use, recorded at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'After a rotation: when the key stops working.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked.' })
  revokedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The key that replaced this one in a rotation.' })
  replacedById!: string | null;

  static from(k: ApiKey, now: Date): ServiceKeyType {
    const t = new ServiceKeyType();
    Object.assign(t, {
      id: k.id,
      name: k.name,
      team: k.team ?? null,
      contactEmail: k.contactEmail ?? null,
      prefix: k.prefix,
      scopes: k.scopes,
      rateLimitPerMinute: k.rateLimitPerMinute ?? null,
      createdAt: k.createdAt,
      lastUsedAt: k.lastUsedAt ?? null,
      expiresAt: k.expiresAt ?? null,
      revokedAt: k.revokedAt ?? null,
      replacedById: k.replacedById ?? null,
      status: k.revokedAt
        ? ServiceKeyStatus.REVOKED
        : k.expiresAt
          ? k.expiresAt > now
            ? ServiceKeyStatus.EXPIRING
            : ServiceKeyStatus.EXPIRED
          : ServiceKeyStatus.ACTIVE,
    });
    return t;
  }
}

@ObjectType('CreatedServiceKey', {
  description: 'A new service key: `key` is shown this once (only its hash is stored).',
})
export class CreatedServiceKeyType {
  @Field({ description: 'The key, to send as x-api-key. Store it now: it is not shown again.' })
  key!: string;

  @Field(() => ServiceKeyType, { description: 'The key as listed by serviceKeys.' })
  serviceKey!: ServiceKeyType;
}

@InputType('CreateServiceKeyInput', { description: 'A key for another team.' })
export class CreateServiceKeyInput {
  @Field({ description: 'Owner team (3–100 letters, digits, ".", "_" or "-"), e.g. atendimento-ura.' })
  team!: string;

  @Field({ description: 'Whom to contact about the key (rotation, disabled webhooks).' })
  contactEmail!: string;

  @Field(() => [String], {
    description: 'Scopes: installation-access:read, webhooks:manage, customers:write.',
  })
  scopes!: string[];

  @Field(() => Int, {
    description: 'Requests per minute the key may make (1–100000); past it 429 with Retry-After.',
  })
  rateLimitPerMinute!: number;
}
