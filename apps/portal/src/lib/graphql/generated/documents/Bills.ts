/* eslint-disable */
import type { BillsQuery, BillsQueryVariables, TypedDocumentString } from '../graphql.ts';

export const BillsDocument = "query Bills($installationNumber:String!$first:Int$after:String){bills(installationNumber:$installationNumber first:$first after:$after){totalCount edges{cursor node{id referenceMonth dueDate amountCentavos consumptionKwh status digitableLine}}pageInfo{...NextPage}}}fragment NextPage on PageInfo{hasNextPage endCursor}" as unknown as TypedDocumentString<
  BillsQuery,
  BillsQueryVariables
>;
