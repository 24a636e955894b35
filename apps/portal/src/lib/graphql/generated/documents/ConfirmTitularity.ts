/* eslint-disable */
import type { ConfirmTitularityMutation, ConfirmTitularityMutationVariables, TypedDocumentString } from '../graphql.ts';

export const ConfirmTitularityDocument = "mutation ConfirmTitularity($input:ConfirmTitularityInput!){confirmTitularity(input:$input){id name}}" as unknown as TypedDocumentString<
  ConfirmTitularityMutation,
  ConfirmTitularityMutationVariables
>;
