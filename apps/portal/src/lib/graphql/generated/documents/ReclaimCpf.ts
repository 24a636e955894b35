/* eslint-disable */
import type { ReclaimCpfMutation, ReclaimCpfMutationVariables, TypedDocumentString } from '../graphql.ts';

export const ReclaimCpfDocument = "mutation ReclaimCpf($input:ReclaimCpfInput!){reclaimCpf(input:$input)}" as unknown as TypedDocumentString<
  ReclaimCpfMutation,
  ReclaimCpfMutationVariables
>;
