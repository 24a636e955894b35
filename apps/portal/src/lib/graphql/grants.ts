// The typed documents of grants.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { GrantAccessDocument as GrantAccessMutation } from './generated/documents/GrantAccess.ts';
export { AccessInviteDocument as AccessInviteQuery } from './generated/documents/AccessInvite.ts';
export { MarkAccessInviteViewedDocument as MarkAccessInviteViewedMutation } from './generated/documents/MarkAccessInviteViewed.ts';
export { AcceptAccessInviteDocument as AcceptAccessInviteMutation } from './generated/documents/AcceptAccessInvite.ts';
export { DeclineAccessInviteDocument as DeclineAccessInviteMutation } from './generated/documents/DeclineAccessInvite.ts';
export { RevokeAccessGrantDocument as RevokeAccessGrantMutation } from './generated/documents/RevokeAccessGrant.ts';
export { ChangeAccessGrantValidityDocument as ChangeAccessGrantValidityMutation } from './generated/documents/ChangeAccessGrantValidity.ts';
export { ResendAccessInviteDocument as ResendAccessInviteMutation } from './generated/documents/ResendAccessInvite.ts';
export { RenounceAccessGrantDocument as RenounceAccessGrantMutation } from './generated/documents/RenounceAccessGrant.ts';
export { AccessGrantsGivenDocument as AccessGrantsGivenQuery } from './generated/documents/AccessGrantsGiven.ts';
export { AccessGrantsReceivedDocument as AccessGrantsReceivedQuery } from './generated/documents/AccessGrantsReceived.ts';
export { AccessGrantInstallationsDocument as AccessGrantInstallationsQuery } from './generated/documents/AccessGrantInstallations.ts';
export { AccessGrantChangedDocument as AccessGrantChangedSubscription } from './generated/documents/AccessGrantChanged.ts';
export { NarrowAccessGrantScopesDocument as NarrowAccessGrantScopesMutation } from './generated/documents/NarrowAccessGrantScopes.ts';
