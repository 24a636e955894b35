/* eslint-disable */
import type { ServiceRequestAddedSubscription, ServiceRequestAddedSubscriptionVariables, TypedDocumentString } from '../graphql.ts';

export const ServiceRequestAddedDocument = "subscription ServiceRequestAdded($installationNumber:String!){serviceRequestAdded(installationNumber:$installationNumber){...ServiceRequestFields}}fragment ServiceRequestFields on ServiceRequest{id protocolNumber type status dueDay description requestedAt madeBy onBehalfOf requester{fullName}grant{id protocolNumber}}" as unknown as TypedDocumentString<
  ServiceRequestAddedSubscription,
  ServiceRequestAddedSubscriptionVariables
>;
