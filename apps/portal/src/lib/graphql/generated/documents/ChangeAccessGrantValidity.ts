/* eslint-disable */
import type { ChangeAccessGrantValidityMutation, ChangeAccessGrantValidityMutationVariables, TypedDocumentString } from '../graphql.ts';

export const ChangeAccessGrantValidityDocument = "mutation ChangeAccessGrantValidity($id:ID!$validUntil:DateTimeISO){changeAccessGrantValidity(id:$id validUntil:$validUntil){...AccessGrantFields}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  ChangeAccessGrantValidityMutation,
  ChangeAccessGrantValidityMutationVariables
>;
