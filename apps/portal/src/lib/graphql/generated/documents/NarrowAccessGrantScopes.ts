/* eslint-disable */
import type { NarrowAccessGrantScopesMutation, NarrowAccessGrantScopesMutationVariables, TypedDocumentString } from '../graphql.ts';

export const NarrowAccessGrantScopesDocument = "mutation NarrowAccessGrantScopes($id:ID!$scopes:[AccessGrantScope!]!){narrowAccessGrantScopes(id:$id scopes:$scopes){...AccessGrantFields}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  NarrowAccessGrantScopesMutation,
  NarrowAccessGrantScopesMutationVariables
>;
