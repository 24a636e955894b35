/* eslint-disable */
import type { InstallationQuery, InstallationQueryVariables, TypedDocumentString } from '../graphql.ts';

export const InstallationDocument = "query Installation($number:String!){installation(number:$number){...InstallationFields}}fragment InstallationFields on Installation{...InstallationSummary access{kind scopes grant{id protocolNumber titular{fullName}}}}fragment InstallationSummary on Installation{id number street streetNumber complement district city state postalCode status customerClass businessPartner{id name number}}" as unknown as TypedDocumentString<
  InstallationQuery,
  InstallationQueryVariables
>;
