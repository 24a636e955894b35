/* eslint-disable */
import type { SignOutMutation, SignOutMutationVariables, TypedDocumentString } from '../graphql.ts';

export const SignOutDocument = "mutation SignOut{signOut}" as unknown as TypedDocumentString<
  SignOutMutation,
  SignOutMutationVariables
>;
