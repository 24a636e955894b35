/* eslint-disable */
import type { DeclineAccessInviteMutation, DeclineAccessInviteMutationVariables, TypedDocumentString } from '../graphql.ts';

export const DeclineAccessInviteDocument = "mutation DeclineAccessInvite($token:String!){declineAccessInvite(token:$token)}" as unknown as TypedDocumentString<
  DeclineAccessInviteMutation,
  DeclineAccessInviteMutationVariables
>;
