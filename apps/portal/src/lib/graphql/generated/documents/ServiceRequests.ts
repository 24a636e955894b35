/* eslint-disable */
import type { ServiceRequestsQuery, ServiceRequestsQueryVariables, TypedDocumentString } from '../graphql.ts';

export const ServiceRequestsDocument = "query ServiceRequests($installationNumber:String!$first:Int$after:String){dueDateOptions(installationNumber:$installationNumber){currentDueDay days}serviceRequests(installationNumber:$installationNumber first:$first after:$after){totalCount edges{cursor node{...ServiceRequestFields}}pageInfo{...NextPage}}}fragment NextPage on PageInfo{hasNextPage endCursor}fragment ServiceRequestFields on ServiceRequest{id protocolNumber type status dueDay description requestedAt madeBy onBehalfOf requester{fullName}grant{id protocolNumber}}" as unknown as TypedDocumentString<
  ServiceRequestsQuery,
  ServiceRequestsQueryVariables
>;
