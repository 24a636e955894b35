/* eslint-disable */
import type { SignUpMutation, SignUpMutationVariables, TypedDocumentString } from '../graphql.ts';

export const SignUpDocument = "mutation SignUp($input:SignUpInput!){signUp(input:$input){email message}}" as unknown as TypedDocumentString<
  SignUpMutation,
  SignUpMutationVariables
>;
