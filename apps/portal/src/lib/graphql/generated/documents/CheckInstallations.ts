/* eslint-disable */
import type { CheckInstallationsQuery, CheckInstallationsQueryVariables, TypedDocumentString } from '../graphql.ts';

export const CheckInstallationsDocument = "query CheckInstallations($businessPartnerId:ID!$numbers:[String!]!){checkInstallations(businessPartnerId:$businessPartnerId numbers:$numbers){number result}}" as unknown as TypedDocumentString<
  CheckInstallationsQuery,
  CheckInstallationsQueryVariables
>;
