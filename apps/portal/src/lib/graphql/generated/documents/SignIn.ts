/* eslint-disable */
import type { SignInMutation, SignInMutationVariables, TypedDocumentString } from '../graphql.ts';

export const SignInDocument = "mutation SignIn($input:SignInInput!){signIn(input:$input){token user{id fullName cpf email emailVerified}}}" as unknown as TypedDocumentString<
  SignInMutation,
  SignInMutationVariables
>;
