/* eslint-disable */
import type { RequestServiceMutation, RequestServiceMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RequestServiceDocument = "mutation RequestService($input:RequestServiceInput!){requestService(input:$input){...ServiceRequestFields}}fragment ServiceRequestFields on ServiceRequest{id protocolNumber type status dueDay description requestedAt madeBy onBehalfOf requester{fullName}grant{id protocolNumber}}" as unknown as TypedDocumentString<
  RequestServiceMutation,
  RequestServiceMutationVariables
>;
