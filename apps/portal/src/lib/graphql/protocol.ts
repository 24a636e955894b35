import { graphql } from './generated/index.ts';

export const VerifyProtocolQuery = graphql(`
  query VerifyProtocol($code: String!) {
    verifyProtocol(code: $code) {
      protocolNumber
      status
      createdAt
      acceptedAt
      endedAt
      inviteExpiresAt
      installationCount
    }
  }
`);
