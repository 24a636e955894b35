/* eslint-disable */
import type { ResendAccessInviteMutation, ResendAccessInviteMutationVariables, TypedDocumentString } from '../graphql.ts';

export const ResendAccessInviteDocument = "mutation ResendAccessInvite($id:ID!){resendAccessInvite(id:$id){inviteUrl grant{...AccessGrantFields}}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  ResendAccessInviteMutation,
  ResendAccessInviteMutationVariables
>;
