/* eslint-disable */
import type { AccessGrantChangedSubscription, AccessGrantChangedSubscriptionVariables, TypedDocumentString } from '../graphql.ts';

export const AccessGrantChangedDocument = "subscription AccessGrantChanged($after:String){accessGrantChanged(after:$after){grantId change status at cursor grant{...AccessGrantFields}}}fragment AccessGrantFields on AccessGrant{id protocolNumber status viewerRole scopes businessPartner{id number name}titular{fullName}invitee{fullName cpf email}installationCount activeInstallationCount createdAt inviteExpiresAt acceptedAt endedAt endReason validUntil canResend canRevoke}" as unknown as TypedDocumentString<
  AccessGrantChangedSubscription,
  AccessGrantChangedSubscriptionVariables
>;
