/* eslint-disable */
import type { BusinessPartnersQuery, BusinessPartnersQueryVariables, TypedDocumentString } from '../graphql.ts';

export const BusinessPartnersDocument = "query BusinessPartners{businessPartners(profile:LOW_VOLTAGE){id number name document documentKind installationCount activeInstallationCount}}" as unknown as TypedDocumentString<
  BusinessPartnersQuery,
  BusinessPartnersQueryVariables
>;
