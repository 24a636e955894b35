import { graphql } from './generated/index.ts';

export const PendingBusinessPartnersQuery = graphql(`
  query PendingBusinessPartners {
    pendingBusinessPartners {
      id
      maskedNumber
      displayName
      documentKind
      contactEmailHint
      canUseCustomerCode
    }
  }
`);

export const RequestTitularityCodeMutation = graphql(`
  mutation RequestTitularityCode($businessPartnerId: ID!) {
    requestTitularityCode(businessPartnerId: $businessPartnerId) {
      destination
      expiresAt
    }
  }
`);

export const ConfirmTitularityMutation = graphql(`
  mutation ConfirmTitularity($input: ConfirmTitularityInput!) {
    confirmTitularity(input: $input) {
      id
      name
    }
  }
`);

export const RequestCpfReclaimCodeMutation = graphql(`
  mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {
    requestCpfReclaimCode(input: $input)
  }
`);

export const ReclaimCpfMutation = graphql(`
  mutation ReclaimCpf($input: ReclaimCpfInput!) {
    reclaimCpf(input: $input)
  }
`);
