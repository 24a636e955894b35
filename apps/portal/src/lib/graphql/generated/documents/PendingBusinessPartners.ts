/* eslint-disable */
import type { PendingBusinessPartnersQuery, PendingBusinessPartnersQueryVariables, TypedDocumentString } from '../graphql.ts';

export const PendingBusinessPartnersDocument = "query PendingBusinessPartners{pendingBusinessPartners{id maskedNumber displayName documentKind contactEmailHint canUseCustomerCode}}" as unknown as TypedDocumentString<
  PendingBusinessPartnersQuery,
  PendingBusinessPartnersQueryVariables
>;
