/* eslint-disable */
import type { VerifyProtocolQuery, VerifyProtocolQueryVariables, TypedDocumentString } from '../graphql.ts';

export const VerifyProtocolDocument = "query VerifyProtocol($code:String!){verifyProtocol(code:$code){protocolNumber status createdAt acceptedAt endedAt inviteExpiresAt installationCount}}" as unknown as TypedDocumentString<
  VerifyProtocolQuery,
  VerifyProtocolQueryVariables
>;
