import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'Registration data. Each field is validated on its own; errors come in `extensions.fields`.',
})
export class SignUpInput {
  @Field({ description: 'Full name, at least first and last name (letters only, up to 200 characters).' })
  fullName!: string;

  @Field({ description: 'CPF, with or without punctuation (529.982.247-25 or 52998224725).' })
  cpf!: string;

  @Field({ description: 'E-mail address; trimmed and lower-cased. A verification link is sent to it.' })
  email!: string;

  @Field({
    description: 'New password: 8 to 128 characters, not a common password, not the e-mail or the CPF.',
  })
  password!: string;
}

@InputType({ description: 'Credentials to open a session.' })
export class SignInInput {
  @Field({ description: 'E-mail address of the account (case and surrounding spaces are ignored).' })
  email!: string;

  @Field({ description: 'The account password.' })
  password!: string;
}

@InputType({ description: 'Sets a new password with the token from the "Esqueci minha senha" e-mail.' })
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the link in the e-mail (single use, valid one hour).' })
  token!: string;

  @Field({ description: 'New password, under the same policy as at sign-up.' })
  password!: string;
}
