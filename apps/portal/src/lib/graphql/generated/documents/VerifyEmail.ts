/* eslint-disable */
import type { VerifyEmailMutation, VerifyEmailMutationVariables, TypedDocumentString } from '../graphql.ts';

export const VerifyEmailDocument = "mutation VerifyEmail($token:String!){verifyEmail(token:$token)}" as unknown as TypedDocumentString<
  VerifyEmailMutation,
  VerifyEmailMutationVariables
>;
