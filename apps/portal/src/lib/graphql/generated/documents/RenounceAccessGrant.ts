/* eslint-disable */
import type { RenounceAccessGrantMutation, RenounceAccessGrantMutationVariables, TypedDocumentString } from '../graphql.ts';

export const RenounceAccessGrantDocument = "mutation RenounceAccessGrant($id:ID!){renounceAccessGrant(id:$id){...AccessGrantFields}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  RenounceAccessGrantMutation,
  RenounceAccessGrantMutationVariables
>;
