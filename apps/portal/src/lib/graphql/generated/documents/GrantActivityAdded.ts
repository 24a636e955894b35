/* eslint-disable */
import type { GrantActivityAddedSubscription, GrantActivityAddedSubscriptionVariables, TypedDocumentString } from '../graphql.ts';

export const GrantActivityAddedDocument = "subscription GrantActivityAdded($grantId:ID){grantActivityAdded(grantId:$grantId){...GrantActivityFields}}fragment GrantActivityFields on GrantActivity{id type at actorName installationNumber referenceMonths protocolNumber serviceRequest{type}}" as unknown as TypedDocumentString<
  GrantActivityAddedSubscription,
  GrantActivityAddedSubscriptionVariables
>;
