/* eslint-disable */
import type { RevokeAccessGrantMutation, RevokeAccessGrantMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RevokeAccessGrantDocument = "mutation RevokeAccessGrant($id:ID!$installationNumbers:[String!]){revokeAccessGrant(id:$id installationNumbers:$installationNumbers){...AccessGrantFields}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  RevokeAccessGrantMutation,
  RevokeAccessGrantMutationVariables
>;
