/* eslint-disable */
import type { InstallationsQuery, InstallationsQueryVariables, TypedDocumentString } from '../graphql.ts';

export const InstallationsDocument = "query Installations($businessPartnerId:ID$search:String$status:InstallationStatus$first:Int$after:String){installations(businessPartnerId:$businessPartnerId search:$search status:$status first:$first after:$after){totalCount edges{cursor node{...InstallationSummary}}pageInfo{...NextPage}}}fragment InstallationSummary on Installation{id number street streetNumber complement district city state postalCode status customerClass businessPartner{id name number}}fragment NextPage on PageInfo{hasNextPage endCursor}" as unknown as TypedDocumentString<
  InstallationsQuery,
  InstallationsQueryVariables
>;
