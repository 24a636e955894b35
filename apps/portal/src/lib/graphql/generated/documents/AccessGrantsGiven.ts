/* eslint-disable */
import type { AccessGrantsGivenQuery, AccessGrantsGivenQueryVariables, TypedDocumentString } from '../graphql.ts';

export const AccessGrantsGivenDocument = "query AccessGrantsGiven($status:[AccessGrantStatus!]$first:Int$after:String){accessGrantsGiven(status:$status first:$first after:$after){...AccessGrantConnectionFields}}fragment AccessGrantConnectionFields on AccessGrantConnection{totalCount edges{cursor node{...AccessGrantFields}}pageInfo{...NextPage}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}fragment NextPage on PageInfo{hasNextPage endCursor}" as unknown as TypedDocumentString<
  AccessGrantsGivenQuery,
  AccessGrantsGivenQueryVariables
>;
