import { graphql } from './generated/index.ts';

export const AccessGrantFields = graphql(`
  fragment AccessGrantFields on AccessGrant {
    id
    protocolNumber
    status
    viewerRole
    scopes
    businessPartner {
      id
      number
      name
    }
    titular {
      fullName
    }
    invitee {
      fullName
      cpf
      email
    }
    installationCount
    activeInstallationCount
    createdAt
    inviteExpiresAt
    acceptedAt
    endedAt
    endReason
    validUntil
    canResend
    canRevoke
  }
`);

export const GrantAccessMutation = graphql(`
  mutation GrantAccess($input: GrantAccessInput!) {
    grantAccess(input: $input) {
      inviteUrl
      grant {
        ...AccessGrantFields
      }
    }
  }
`);

export const AccessInviteQuery = graphql(`
  query AccessInvite($token: String!) {
    accessInvite(token: $token) {
      status
      expiresAt
      titularFirstName
      businessPartnerName
      installationCount
      scopes
      validUntil
    }
  }
`);

/** Sent from the browser once the invite page loaded: link previews and mail scanners never run it. */
export const MarkAccessInviteViewedMutation = graphql(`
  mutation MarkAccessInviteViewed($token: String!) {
    markAccessInviteViewed(token: $token)
  }
`);

export const AcceptAccessInviteMutation = graphql(`
  mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {
    acceptAccessInvite(input: $input) {
      ...AccessGrantFields
    }
  }
`);

export const DeclineAccessInviteMutation = graphql(`
  mutation DeclineAccessInvite($token: String!) {
    declineAccessInvite(token: $token)
  }
`);

export const RevokeAccessGrantMutation = graphql(`
  mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {
    revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {
      ...AccessGrantFields
    }
  }
`);

export const ChangeAccessGrantValidityMutation = graphql(`
  mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {
    changeAccessGrantValidity(id: $id, validUntil: $validUntil) {
      ...AccessGrantFields
    }
  }
`);

export const ResendAccessInviteMutation = graphql(`
  mutation ResendAccessInvite($id: ID!) {
    resendAccessInvite(id: $id) {
      inviteUrl
      grant {
        ...AccessGrantFields
      }
    }
  }
`);

export const RenounceAccessGrantMutation = graphql(`
  mutation RenounceAccessGrant($id: ID!) {
    renounceAccessGrant(id: $id) {
      ...AccessGrantFields
    }
  }
`);

/** One page of grants, as both lists (given and received) read it. */
export const AccessGrantConnectionFields = graphql(`
  fragment AccessGrantConnectionFields on AccessGrantConnection {
    totalCount
    edges {
      cursor
      node {
        ...AccessGrantFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const AccessGrantsGivenQuery = graphql(`
  query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {
    accessGrantsGiven(status: $status, first: $first, after: $after) {
      ...AccessGrantConnectionFields
    }
  }
`);

export const AccessGrantsReceivedQuery = graphql(`
  query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {
    accessGrantsReceived(status: $status, first: $first, after: $after) {
      ...AccessGrantConnectionFields
    }
  }
`);

export const AccessGrantInstallationsQuery = graphql(`
  query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {
    accessGrant(id: $id) {
      id
      installations(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            number
            street
            streetNumber
            district
            city
            state
            status
            revokedAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const AccessGrantChangedSubscription = graphql(`
  subscription AccessGrantChanged($after: String) {
    accessGrantChanged(after: $after) {
      grantId
      change
      status
      at
      cursor
      grant {
        ...AccessGrantFields
      }
    }
  }
`);

export const NarrowAccessGrantScopesMutation = graphql(`
  mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {
    narrowAccessGrantScopes(id: $id, scopes: $scopes) {
      ...AccessGrantFields
    }
  }
`);
