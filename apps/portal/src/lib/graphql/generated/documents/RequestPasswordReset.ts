/* eslint-disable */
import type { RequestPasswordResetMutation, RequestPasswordResetMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RequestPasswordResetDocument = "mutation RequestPasswordReset($email:String!){requestPasswordReset(email:$email)}" as unknown as TypedDocumentString<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
>;
