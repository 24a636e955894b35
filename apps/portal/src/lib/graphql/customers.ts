import { graphql } from './generated/index.ts';

export const BusinessPartnersQuery = graphql(`
  query BusinessPartners {
    businessPartners(profile: LOW_VOLTAGE) {
      id
      number
      name
      document
      documentKind
      installationCount
      activeInstallationCount
    }
  }
`);

export const InstallationsQuery = graphql(`
  query Installations(
    $businessPartnerId: ID
    $search: String
    $status: InstallationStatus
    $first: Int
    $after: String
  ) {
    installations(
      businessPartnerId: $businessPartnerId
      search: $search
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          street
          streetNumber
          complement
          district
          city
          state
          postalCode
          status
          customerClass
          businessPartner {
            id
            name
            number
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CheckInstallationsQuery = graphql(`
  query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {
    checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {
      number
      result
    }
  }
`);
