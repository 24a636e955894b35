/* eslint-disable */
import type { AccessGrantInstallationsQuery, AccessGrantInstallationsQueryVariables, TypedDocumentString } from '../graphql.ts';

export const AccessGrantInstallationsDocument = "query AccessGrantInstallations($id:ID!$first:Int$after:String){accessGrant(id:$id){id installations(first:$first after:$after){totalCount edges{cursor node{number street streetNumber district city state status revokedAt}}pageInfo{...NextPage}}}}fragment NextPage on PageInfo{hasNextPage endCursor}" as unknown as TypedDocumentString<
  AccessGrantInstallationsQuery,
  AccessGrantInstallationsQueryVariables
>;
