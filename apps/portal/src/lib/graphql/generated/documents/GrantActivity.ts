/* eslint-disable */
import type { GrantActivityQuery, GrantActivityQueryVariables, TypedDocumentString } from '../graphql.ts';

export const GrantActivityDocument = "query GrantActivity($grantId:ID!$first:Int$after:String){grantActivity(grantId:$grantId first:$first after:$after){totalCount edges{cursor node{...GrantActivityFields}}pageInfo{...NextPage}}}fragment GrantActivityFields on GrantActivity{id type at actorName installationNumber referenceMonths protocolNumber serviceRequest{type}}fragment NextPage on PageInfo{hasNextPage endCursor}" as unknown as TypedDocumentString<
  GrantActivityQuery,
  GrantActivityQueryVariables
>;
