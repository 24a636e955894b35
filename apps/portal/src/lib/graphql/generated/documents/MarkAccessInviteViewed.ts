/* eslint-disable */
import type { MarkAccessInviteViewedMutation, MarkAccessInviteViewedMutationVariables, TypedDocumentString } from '../graphql.ts';

export const MarkAccessInviteViewedDocument = "mutation MarkAccessInviteViewed($token:String!){markAccessInviteViewed(token:$token)}" as unknown as TypedDocumentString<
  MarkAccessInviteViewedMutation,
  MarkAccessInviteViewedMutationVariables
>;
