import { graphql } from './generated/index.ts';

// The installation pages: the installation as the viewer holds it, its bills, consumption and
// service requests; the grant's activity for Acessos concedidos.

export const InstallationFields = graphql(`
  fragment InstallationFields on Installation {
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
    access {
      kind
      scopes
      grant {
        id
        protocolNumber
        titular {
          fullName
        }
      }
    }
  }
`);

export const InstallationQuery = graphql(`
  query Installation($number: String!) {
    installation(number: $number) {
      ...InstallationFields
    }
  }
`);

export const BillsQuery = graphql(`
  query Bills($installationNumber: String!, $first: Int, $after: String) {
    bills(installationNumber: $installationNumber, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          referenceMonth
          dueDate
          amountCentavos
          consumptionKwh
          status
          digitableLine
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConsumptionQuery = graphql(`
  query Consumption($installationNumber: String!, $months: Int) {
    consumption(installationNumber: $installationNumber, months: $months) {
      months {
        referenceMonth
        consumptionKwh
      }
      sameMonthLastYear {
        referenceMonth
        consumptionKwh
      }
    }
  }
`);

export const ServiceRequestFields = graphql(`
  fragment ServiceRequestFields on ServiceRequest {
    id
    protocolNumber
    type
    status
    dueDay
    description
    requestedAt
    madeBy
    onBehalfOf
    requester {
      fullName
    }
    grant {
      id
      protocolNumber
    }
  }
`);

export const ServiceRequestsQuery = graphql(`
  query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {
    dueDateOptions(installationNumber: $installationNumber) {
      currentDueDay
      days
    }
    serviceRequests(installationNumber: $installationNumber, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ServiceRequestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RequestServiceMutation = graphql(`
  mutation RequestService($input: RequestServiceInput!) {
    requestService(input: $input) {
      ...ServiceRequestFields
    }
  }
`);

export const GrantActivityFields = graphql(`
  fragment GrantActivityFields on GrantActivity {
    id
    type
    at
    actorName
    installationNumber
    referenceMonths
    protocolNumber
    serviceRequest {
      type
    }
  }
`);

export const GrantActivityQuery = graphql(`
  query GrantActivity($grantId: ID!, $first: Int, $after: String) {
    grantActivity(grantId: $grantId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...GrantActivityFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GrantActivityAddedSubscription = graphql(`
  subscription GrantActivityAdded($grantId: ID) {
    grantActivityAdded(grantId: $grantId) {
      ...GrantActivityFields
    }
  }
`);

export const ServiceRequestAddedSubscription = graphql(`
  subscription ServiceRequestAdded($installationNumber: String!) {
    serviceRequestAdded(installationNumber: $installationNumber) {
      ...ServiceRequestFields
    }
  }
`);
