/* eslint-disable */
import type { RequestCpfReclaimCodeMutation, RequestCpfReclaimCodeMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RequestCpfReclaimCodeDocument = "mutation RequestCpfReclaimCode($input:RequestCpfReclaimCodeInput!){requestCpfReclaimCode(input:$input)}" as unknown as TypedDocumentString<
  RequestCpfReclaimCodeMutation,
  RequestCpfReclaimCodeMutationVariables
>;
