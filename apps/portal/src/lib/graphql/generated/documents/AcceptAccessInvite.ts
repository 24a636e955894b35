/* eslint-disable */
import type { AcceptAccessInviteMutation, AcceptAccessInviteMutationVariables, TypedDocumentString } from '../graphql.ts';

export const AcceptAccessInviteDocument = "mutation AcceptAccessInvite($input:AcceptAccessInviteInput!){acceptAccessInvite(input:$input){...AccessGrantFields}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  AcceptAccessInviteMutation,
  AcceptAccessInviteMutationVariables
>;
