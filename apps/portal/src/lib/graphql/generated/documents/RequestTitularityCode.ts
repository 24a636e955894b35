/* eslint-disable */
import type { RequestTitularityCodeMutation, RequestTitularityCodeMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RequestTitularityCodeDocument = "mutation RequestTitularityCode($businessPartnerId:ID!){requestTitularityCode(businessPartnerId:$businessPartnerId){destination expiresAt}}" as unknown as TypedDocumentString<
  RequestTitularityCodeMutation,
  RequestTitularityCodeMutationVariables
>;
