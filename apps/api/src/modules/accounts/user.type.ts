import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity.ts';

@ObjectType('User', { description: 'A person with a portal account.' })
export class UserType {
  @Field(() => ID, { description: 'Stable identifier of the account.' })
  id!: string;

  @Field({ description: 'Full name as registered.' })
  fullName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'CPF formatted as 000.000.000-00 for its owner; masked (***.000.000-**) for others. Null once the ' +
      'person the CPF belongs to reclaimed it (reclaimCpf): the account stays, without a CPF.',
  })
  cpf!: string | null;

  @Field({ description: 'E-mail address (lower-case).' })
  email!: string;

  @Field({ description: 'Whether the e-mail address was confirmed through the link sent to it.' })
  emailVerified!: boolean;

  static fromEntity(u: User, cpf: string | null): UserType {
    return Object.assign(new UserType(), {
      id: u.id,
      fullName: u.fullName,
      cpf,
      email: u.email,
      emailVerified: !!u.emailVerifiedAt,
    });
  }
}
