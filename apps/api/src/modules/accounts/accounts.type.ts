import { Field, ObjectType } from 'type-graphql';
import { UserType } from './user.type.ts';

@ObjectType({
  description:
    'Answer to signUp. Identical whether or not an account already used this e-mail or CPF (the owner is told by e-mail instead).',
})
export class SignUpPayload {
  @Field({ description: 'The normalised e-mail address the next steps were sent to.' })
  email!: string;

  @Field({ description: 'What to tell the person, in Portuguese.' })
  message!: string;
}

@ObjectType({ description: 'A new session.' })
export class AuthPayload {
  @Field({
    description:
      'Opaque session token: send it as `Authorization: Bearer <token>` or keep it in the HttpOnly `delega_session` cookie. Shown once; never log it.',
  })
  token!: string;

  @Field({ description: 'When the session ends if unused; each use pushes it forward (sliding expiry).' })
  expiresAt!: Date;

  @Field(() => UserType, { description: 'The signed-in user.' })
  user!: UserType;
}
