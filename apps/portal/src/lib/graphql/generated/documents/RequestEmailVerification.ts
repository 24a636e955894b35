/* eslint-disable */
import type { RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RequestEmailVerificationDocument = "mutation RequestEmailVerification{requestEmailVerification}" as unknown as TypedDocumentString<
  RequestEmailVerificationMutation,
  RequestEmailVerificationMutationVariables
>;
