/* eslint-disable */
import type { AccessInviteQuery, AccessInviteQueryVariables, TypedDocumentString } from '../graphql.ts';

export const AccessInviteDocument = "query AccessInvite($token:String!){accessInvite(token:$token){status expiresAt titularFirstName businessPartnerName installationCount scopes validUntil}}" as unknown as TypedDocumentString<
  AccessInviteQuery,
  AccessInviteQueryVariables
>;
