/* eslint-disable */
import type { GrantAccessMutation, GrantAccessMutationVariables, TypedDocumentString } from '../graphql.ts';

export const GrantAccessDocument = "mutation GrantAccess($input:GrantAccessInput!){grantAccess(input:$input){inviteUrl grant{...AccessGrantFields}}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  GrantAccessMutation,
  GrantAccessMutationVariables
>;
