/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The invitee's acceptance. */
export type AcceptAccessInviteInput = {
  /** Agrees to the Termos da Permissão de Acesso: must be true. */
  acceptPermissionTerms: boolean;
  /** Agrees to the Termos de Uso das Plataformas do Grupo CPFL: must be true. */
  acceptPlatformTerms: boolean;
  /** The token from the invite link (`/convite/<token>`). */
  token: string;
};

/** What happened to a grant (`AccessGrantChangedEvent.change`). */
export type AccessGrantChange =
  /** The invitee accepted. */
  | 'ACCEPTED'
  /** The titular's authority ended in the customer records (endReason TITULARITY_CHANGED, INSTALLATION_DEACTIVATED, REPRESENTATIVE_REMOVED or PARTNER_ENDED): the grant, or some of its installations, ended. */
  | 'AUTHORITY_ENDED'
  /** The titular cancelled the open invite. */
  | 'CANCELLED'
  /** An invite was made (also the new grant of a re-sent closed invite). */
  | 'CREATED'
  /** The invite was declined. */
  | 'DECLINED'
  /** The invite was not answered in time. */
  | 'EXPIRED'
  /** The titular removed some installations; the grant goes on. */
  | 'INSTALLATIONS_REVOKED'
  /** An open invite got new links and a new validity window. */
  | 'LINK_REISSUED'
  /** The invitee gave up the accepted grant. */
  | 'RENOUNCED'
  /** A closed invite was re-sent as a new grant (see `replacesId`). */
  | 'REPLACED'
  /** Not a change of one grant: changes may have been missed (the cursor is too old). Read the lists again. */
  | 'RESYNC'
  /** The titular ended the accepted grant (whole, or its last installations). */
  | 'REVOKED'
  /** The titular narrowed what the grant lets the invitee do (`grant.scopes`): actions outside it are refused from now on. */
  | 'SCOPES_NARROWED'
  /** The titular extended or shortened the validity (`validUntil`). */
  | 'VALIDITY_CHANGED'
  /** The validity the titular chose came to its end (endReason VALIDITY_ENDED). */
  | 'VALIDITY_ENDED'
  /** The 7-day reminder of the end of the validity was sent. */
  | 'VALIDITY_REMINDER_SENT';

/** Why a grant or invite ended. */
export type AccessGrantEndReason =
  | 'ALL_INSTALLATIONS_REVOKED'
  | 'CANCELLED_BY_TITULAR'
  | 'DECLINED_BY_INVITEE'
  | 'INSTALLATION_DEACTIVATED'
  | 'INVITE_EXPIRED'
  | 'PARTNER_ENDED'
  | 'RENOUNCED_BY_INVITEE'
  | 'REPLACED_BY_NEW_INVITE'
  | 'REPRESENTATIVE_REMOVED'
  | 'REVOKED_BY_TITULAR'
  | 'TITULARITY_CHANGED'
  | 'VALIDITY_ENDED';

/** What a grant lets the invitee do on its installations. Chosen by the titular when inviting (both by default); the titular may later only narrow it. */
export type AccessGrantScope =
  /** "Fazer solicitações": service requests (due-date change, power outage) and the list of requests. */
  | 'REQUEST_SERVICES'
  /** "Consultar contas e consumo": the bills (list and PDF) and the consumption history. */
  | 'VIEW_BILLS';

/** Where a grant stands. INVITED → ACCEPTED | DECLINED | EXPIRED | CANCELLED; ACCEPTED → REVOKED. An INVITED grant past its expiry reads as EXPIRED. */
export type AccessGrantStatus =
  /** Aceito: the invitee may act on the active installations. */
  | 'ACCEPTED'
  /** Cancelado pelo titular (or replaced by a new invite) before an answer. */
  | 'CANCELLED'
  /** Recusado pelo convidado. */
  | 'DECLINED'
  /** Expirado: not answered within 12 hours. */
  | 'EXPIRED'
  /** Convite enviado: waiting for the invitee (link valid until `inviteExpiresAt`). */
  | 'INVITED'
  /** Encerrado after acceptance: revoked by the titular or renounced by the invitee. */
  | 'REVOKED';

/** How the signed-in viewer relates to a grant. */
export type AccessGrantViewerRole =
  /** The viewer received this grant. */
  | 'INVITEE'
  /** The viewer gave this grant. */
  | 'TITULAR';

/** What the invite page may say. Anyone holding the link sees VALID or UNAVAILABLE; only the invitee (signed in with the invited CPF) sees why it is unavailable. */
export type AccessInviteStatus =
  /** To the invitee: already accepted. */
  | 'ACCEPTED'
  /** To the invitee: cancelled by the titular or replaced by a newer link. */
  | 'CANCELLED'
  /** To the invitee: declined. */
  | 'DECLINED'
  /** To the invitee: not answered within 12 hours. */
  | 'EXPIRED'
  /** To the invitee: accepted, then ended. */
  | 'REVOKED'
  /** Unknown, expired, used, cancelled or revoked: deliberately not told apart. */
  | 'UNAVAILABLE'
  /** Can be accepted or declined now. */
  | 'VALID';

/** Where a bill stands, by today’s date in Brazil (database clock). */
export type BillStatus =
  /** Em aberto: not paid, not yet due. */
  | 'OPEN'
  /** Vencida: not paid and past its due date. */
  | 'OVERDUE'
  /** Paga. */
  | 'PAID';

/** Confirms titularity of a business partner: the code e-mailed by `requestTitularityCode` or the "código do cliente" printed on one of its bills (exactly one). */
export type ConfirmTitularityInput = {
  /** The partner to confirm (from `pendingBusinessPartners`). */
  businessPartnerId: string;
  /** The 6-digit code from the e-mail. */
  code?: string | null | undefined;
  /** The código do cliente printed on a bill. */
  customerCode?: string | null | undefined;
};

/** Classe de consumo of an installation. */
export type CustomerClass =
  /** Comercial. */
  | 'COMMERCIAL'
  /** Industrial. */
  | 'INDUSTRIAL'
  /** Residencial. */
  | 'RESIDENTIAL'
  /** Rural. */
  | 'RURAL';

/** Kind of tax document of a business partner. */
export type DocumentKind =
  /** CNPJ: a company (14 characters; alphanumeric since July 2026). */
  | 'CNPJ'
  /** CPF: a person (11 digits). */
  | 'CPF';

/** Conceder acesso: invite a person to act on installations. */
export type GrantAccessInput = {
  /** "Eu concordo com os termos de aceite" (Termos da Permissão de Acesso): must be true. */
  acceptTerms: boolean;
  /** "Estou ciente que minha permissão dá acesso aos serviços ao Parceiro de Negócio": must be true. */
  acknowledgePartnerConsent: boolean;
  /** "Selecionar todas": every ACTIVE installation of the partner, resolved on the server. */
  allInstallations?: boolean | null | undefined;
  /** One of your business partners. */
  businessPartnerId: string;
  /** Random key made once per form (e.g. a UUID): repeating the call with the same key returns the same grant instead of a second one. */
  idempotencyKey: string;
  /** Installation numbers to grant (all active, of this partner). Omit when `allInstallations` is true. */
  installationNumbers?: Array<string> | null | undefined;
  /** Who to invite. */
  invitee: InviteeInput;
  /** "O que a pessoa poderá fazer": "Consultar contas e consumo" (VIEW_BILLS) and/or "Fazer solicitações" (REQUEST_SERVICES). Null or omitted: both (the default). At least one. */
  scopes?: Array<AccessGrantScope> | null | undefined;
  /** "Prazo da permissão": the grant ends at this instant (at most 5 years ahead, after the invite expires). Null or omitted: "Até eu retirar". */
  validUntil?: string | null | undefined;
};

/** What the invitee did under a grant. */
export type GrantActivityType =
  /** Baixou a segunda via de uma conta (`referenceMonths`: that bill). */
  | 'BILL_DOWNLOADED'
  /** Viu a lista de contas (`referenceMonths`: the bills listed). */
  | 'BILL_VIEWED'
  /** Viu o histórico de consumo (`months` months). */
  | 'CONSUMPTION_VIEWED'
  /** Fez uma solicitação (`serviceRequest`, `protocolNumber`). */
  | 'SERVICE_REQUESTED';

/** How the signed-in viewer holds an installation. */
export type InstallationAccessKind =
  /** Through an active grant someone gave the viewer (see `grant`). */
  | 'GRANTED'
  /** The viewer is titular of its business partner. */
  | 'OWN';

/** What an uploaded installation number turned out to be for the chosen partner. */
export type InstallationCheckResult =
  /** An installation of this partner, but inactive: cannot be granted. */
  | 'INACTIVE'
  /** No installation of yours has this number. */
  | 'NOT_FOUND'
  /** An active installation of this partner: can be granted. */
  | 'OK'
  /** An installation of another of your partners: choose that partner to grant it. */
  | 'OTHER_PARTNER';

/** Whether an installation is in service. */
export type InstallationStatus =
  /** Ativa: can be included in an access grant. */
  | 'ACTIVE'
  /** Inativa: shown, but cannot be granted. */
  | 'INACTIVE';

/** The person to invite, as they are (or will be) registered. */
export type InviteeInput = {
  /** CPF, formatted or digits only. */
  cpf: string;
  /** E-mail the invite link is sent to. */
  email: string;
  /** Full name (at least first and last name). */
  fullName: string;
};

/** Current status of the access grant a protocol records (live: an unanswered invite past its 12 hours is EXPIRED). */
export type ProtocolStatus =
  /** Accepted: the access is in force. */
  | 'ACCEPTED'
  /** The titular cancelled the invite before it was answered. */
  | 'CANCELLED'
  /** The invitee declined. */
  | 'DECLINED'
  /** Not accepted within 12 hours. */
  | 'EXPIRED'
  /** Invite sent, waiting for the invitee (within its 12 hours). */
  | 'INVITED'
  /** The access ended (revoked by the titular or renounced by the invitee). */
  | 'REVOKED';

/** Creates your account with a CPF another account registered, after proving titularity of one of its business partners (e-mailed code or código do cliente: exactly one). The other account loses the CPF; both are told. */
export type ReclaimCpfInput = {
  /** The number of the business partner whose titularity proves the CPF is yours. */
  businessPartnerNumber: string;
  /** The 6-digit code from `requestCpfReclaimCode`. */
  code?: string | null | undefined;
  /** The CPF being reclaimed. */
  cpf: string;
  /** The código do cliente printed on a bill. */
  customerCode?: string | null | undefined;
  /** E-mail for the new account (a verification link is sent to it). */
  email: string;
  /** Full name, as at sign-up. */
  fullName: string;
  /** Password, under the sign-up policy. */
  password: string;
};

/** Asks for a code to reclaim a CPF another account registered: sent to the contact e-mail on record for that business partner of the CPF. */
export type RequestCpfReclaimCodeInput = {
  /** The number of a business partner of that CPF (printed on its bills). */
  businessPartnerNumber: string;
  /** The CPF, with or without punctuation. */
  cpf: string;
};

/** A service request on an installation. */
export type RequestServiceInput = {
  /** POWER_OUTAGE: what is happening (optional, at most 1,000 characters). */
  description?: string | null | undefined;
  /** DUE_DATE_CHANGE: the new due day, one of `dueDateOptions.days`. Omit for POWER_OUTAGE. */
  dueDay?: number | null | undefined;
  /** Random key made once per form (e.g. a UUID): repeating the call with the same key returns the same request instead of a second one. */
  idempotencyKey: string;
  /** Nº Instalação: yours, or granted to you with REQUEST_SERVICES. */
  installationNumber: string;
  /** Which service. */
  type: ServiceRequestType;
};

/** Sets a new password with the token from the "Esqueci minha senha" e-mail. */
export type ResetPasswordInput = {
  /** New password, under the same policy as at sign-up. */
  password: string;
  /** The `token` parameter of the link in the e-mail (single use, valid one hour). */
  token: string;
};

/** Whether the titular made a request, or an invitee in the titular’s name (through a grant). */
export type ServiceRequestMadeBy =
  /** An invitee, in the titular’s name, through `grant`. */
  | 'INVITEE'
  /** The titular (or another titular of the same business partner). */
  | 'TITULAR';

/** Where a service request stands. */
export type ServiceRequestStatus =
  /** Concluída. */
  | 'COMPLETED'
  /** Em andamento. */
  | 'IN_PROGRESS'
  /** Recebida: registered, waiting for the distributor. */
  | 'RECEIVED'
  /** Não atendida. */
  | 'REJECTED';

/** A service that can be requested in the portal. */
export type ServiceRequestType =
  /** Alteração da data de vencimento (`dueDay`: one of `dueDateOptions`). */
  | 'DUE_DATE_CHANGE'
  /** Informar falta de energia (optional `description`). */
  | 'POWER_OUTAGE';

/** Credentials to open a session. */
export type SignInInput = {
  /** E-mail address of the account (case and surrounding spaces are ignored). */
  email: string;
  /** The account password. */
  password: string;
};

/** Registration data. Each field is validated on its own; errors come in `extensions.fields`. */
export type SignUpInput = {
  /** CPF, with or without punctuation (529.982.247-25 or 52998224725). */
  cpf: string;
  /** E-mail address; trimmed and lower-cased. A verification link is sent to it. */
  email: string;
  /** Full name, at least first and last name (letters only, up to 200 characters). */
  fullName: string;
  /** New password: 8 to 128 characters, not a common password, not the e-mail or the CPF. */
  password: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, cpf: string, email: string, emailVerified: boolean } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, user: { id: string, fullName: string, cpf: string, email: string, emailVerified: boolean } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { email: string, message: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type InstallationFieldsFragment = { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, businessPartner: { id: string, name: string, number: string }, access: { kind: InstallationAccessKind, scopes: Array<AccessGrantScope>, grant: { id: string, protocolNumber: string, titular: { fullName: string } } | null } };

export type InstallationQueryVariables = Exact<{
  number: string;
}>;


export type InstallationQuery = { installation: { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, businessPartner: { id: string, name: string, number: string }, access: { kind: InstallationAccessKind, scopes: Array<AccessGrantScope>, grant: { id: string, protocolNumber: string, titular: { fullName: string } } | null } } };

export type BillsQueryVariables = Exact<{
  installationNumber: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BillsQuery = { bills: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, referenceMonth: string, dueDate: string, amountCentavos: number, consumptionKwh: number, status: BillStatus, digitableLine: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsumptionQueryVariables = Exact<{
  installationNumber: string;
  months?: number | null | undefined;
}>;


export type ConsumptionQuery = { consumption: { months: Array<{ referenceMonth: string, consumptionKwh: number }>, sameMonthLastYear: { referenceMonth: string, consumptionKwh: number } | null } };

export type ServiceRequestFieldsFragment = { id: string, protocolNumber: string, type: ServiceRequestType, status: ServiceRequestStatus, dueDay: number | null, description: string | null, requestedAt: string, madeBy: ServiceRequestMadeBy, onBehalfOf: string, requester: { fullName: string }, grant: { id: string, protocolNumber: string } | null };

export type ServiceRequestsQueryVariables = Exact<{
  installationNumber: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceRequestsQuery = { dueDateOptions: { currentDueDay: number | null, days: Array<number> }, serviceRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, protocolNumber: string, type: ServiceRequestType, status: ServiceRequestStatus, dueDay: number | null, description: string | null, requestedAt: string, madeBy: ServiceRequestMadeBy, onBehalfOf: string, requester: { fullName: string }, grant: { id: string, protocolNumber: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RequestServiceMutationVariables = Exact<{
  input: RequestServiceInput;
}>;


export type RequestServiceMutation = { requestService: { id: string, protocolNumber: string, type: ServiceRequestType, status: ServiceRequestStatus, dueDay: number | null, description: string | null, requestedAt: string, madeBy: ServiceRequestMadeBy, onBehalfOf: string, requester: { fullName: string }, grant: { id: string, protocolNumber: string } | null } };

export type GrantActivityFieldsFragment = { id: string, type: GrantActivityType, at: string, actorName: string, installationNumber: string, referenceMonths: Array<string>, protocolNumber: string | null, serviceRequest: { type: ServiceRequestType } | null };

export type GrantActivityQueryVariables = Exact<{
  grantId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GrantActivityQuery = { grantActivity: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: GrantActivityType, at: string, actorName: string, installationNumber: string, referenceMonths: Array<string>, protocolNumber: string | null, serviceRequest: { type: ServiceRequestType } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GrantActivityAddedSubscriptionVariables = Exact<{
  grantId?: string | null | undefined;
}>;


export type GrantActivityAddedSubscription = { grantActivityAdded: { id: string, type: GrantActivityType, at: string, actorName: string, installationNumber: string, referenceMonths: Array<string>, protocolNumber: string | null, serviceRequest: { type: ServiceRequestType } | null } };

export type ServiceRequestAddedSubscriptionVariables = Exact<{
  installationNumber: string;
}>;


export type ServiceRequestAddedSubscription = { serviceRequestAdded: { id: string, protocolNumber: string, type: ServiceRequestType, status: ServiceRequestStatus, dueDay: number | null, description: string | null, requestedAt: string, madeBy: ServiceRequestMadeBy, onBehalfOf: string, requester: { fullName: string }, grant: { id: string, protocolNumber: string } | null } };

export type BusinessPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessPartnersQuery = { businessPartners: Array<{ id: string, number: string, name: string, document: string, documentKind: DocumentKind, installationCount: number, activeInstallationCount: number }> };

export type InstallationsQueryVariables = Exact<{
  businessPartnerId?: string | null | undefined;
  search?: string | null | undefined;
  status?: InstallationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InstallationsQuery = { installations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, businessPartner: { id: string, name: string, number: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CheckInstallationsQueryVariables = Exact<{
  businessPartnerId: string;
  numbers: Array<string> | string;
}>;


export type CheckInstallationsQuery = { checkInstallations: Array<{ number: string, result: InstallationCheckResult }> };

export type AccessGrantFieldsFragment = { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } };

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;


export type GrantAccessMutation = { grantAccess: { inviteUrl: string, grant: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } } };

export type AccessInviteQueryVariables = Exact<{
  token: string;
}>;


export type AccessInviteQuery = { accessInvite: { status: AccessInviteStatus, expiresAt: string | null, titularFirstName: string | null, businessPartnerName: string | null, installationCount: number | null, scopes: Array<AccessGrantScope> | null, validUntil: string | null } };

export type MarkAccessInviteViewedMutationVariables = Exact<{
  token: string;
}>;


export type MarkAccessInviteViewedMutation = { markAccessInviteViewed: boolean };

export type AcceptAccessInviteMutationVariables = Exact<{
  input: AcceptAccessInviteInput;
}>;


export type AcceptAccessInviteMutation = { acceptAccessInvite: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } };

export type DeclineAccessInviteMutationVariables = Exact<{
  token: string;
}>;


export type DeclineAccessInviteMutation = { declineAccessInvite: boolean };

export type RevokeAccessGrantMutationVariables = Exact<{
  id: string;
  installationNumbers?: Array<string> | string | null | undefined;
}>;


export type RevokeAccessGrantMutation = { revokeAccessGrant: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } };

export type ChangeAccessGrantValidityMutationVariables = Exact<{
  id: string;
  validUntil?: string | null | undefined;
}>;


export type ChangeAccessGrantValidityMutation = { changeAccessGrantValidity: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } };

export type ResendAccessInviteMutationVariables = Exact<{
  id: string;
}>;


export type ResendAccessInviteMutation = { resendAccessInvite: { inviteUrl: string, grant: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } } };

export type RenounceAccessGrantMutationVariables = Exact<{
  id: string;
}>;


export type RenounceAccessGrantMutation = { renounceAccessGrant: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } };

export type AccessGrantConnectionFieldsFragment = { totalCount: number, edges: Array<{ cursor: string, node: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type AccessGrantsGivenQueryVariables = Exact<{
  status?: Array<AccessGrantStatus> | AccessGrantStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessGrantsGivenQuery = { accessGrantsGiven: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccessGrantsReceivedQueryVariables = Exact<{
  status?: Array<AccessGrantStatus> | AccessGrantStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessGrantsReceivedQuery = { accessGrantsReceived: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccessGrantInstallationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessGrantInstallationsQuery = { accessGrant: { id: string, installations: { totalCount: number, edges: Array<{ cursor: string, node: { number: string, street: string, streetNumber: string, district: string, city: string, state: string, status: InstallationStatus, revokedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type AccessGrantChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AccessGrantChangedSubscription = { accessGrantChanged: { grantId: string | null, change: AccessGrantChange, status: AccessGrantStatus | null, at: string, cursor: string, grant: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } | null } };

export type NarrowAccessGrantScopesMutationVariables = Exact<{
  id: string;
  scopes: Array<AccessGrantScope> | AccessGrantScope;
}>;


export type NarrowAccessGrantScopesMutation = { narrowAccessGrantScopes: { id: string, protocolNumber: string, status: AccessGrantStatus, viewerRole: AccessGrantViewerRole, scopes: Array<AccessGrantScope>, installationCount: number, activeInstallationCount: number, createdAt: string, inviteExpiresAt: string, acceptedAt: string | null, endedAt: string | null, endReason: AccessGrantEndReason | null, validUntil: string | null, canResend: boolean, canRevoke: boolean, businessPartner: { id: string, number: string, name: string }, titular: { fullName: string }, invitee: { fullName: string, cpf: string, email: string } } };

export type VerifyProtocolQueryVariables = Exact<{
  code: string;
}>;


export type VerifyProtocolQuery = { verifyProtocol: { protocolNumber: string, status: ProtocolStatus, createdAt: string, acceptedAt: string | null, endedAt: string | null, inviteExpiresAt: string, installationCount: number } | null };

export type PendingBusinessPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingBusinessPartnersQuery = { pendingBusinessPartners: Array<{ id: string, maskedNumber: string, displayName: string, documentKind: DocumentKind, contactEmailHint: string | null, canUseCustomerCode: boolean }> };

export type RequestTitularityCodeMutationVariables = Exact<{
  businessPartnerId: string;
}>;


export type RequestTitularityCodeMutation = { requestTitularityCode: { destination: string, expiresAt: string } };

export type ConfirmTitularityMutationVariables = Exact<{
  input: ConfirmTitularityInput;
}>;


export type ConfirmTitularityMutation = { confirmTitularity: { id: string, name: string } };

export type RequestCpfReclaimCodeMutationVariables = Exact<{
  input: RequestCpfReclaimCodeInput;
}>;


export type RequestCpfReclaimCodeMutation = { requestCpfReclaimCode: boolean };

export type ReclaimCpfMutationVariables = Exact<{
  input: ReclaimCpfInput;
}>;


export type ReclaimCpfMutation = { reclaimCpf: boolean };

export const InstallationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstallationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Installation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"streetNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstallationFieldsFragment, unknown>;
export const ServiceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestFieldsFragment, unknown>;
export const GrantActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"installationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GrantActivityFieldsFragment, unknown>;
export const AccessGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<AccessGrantFieldsFragment, unknown>;
export const AccessGrantConnectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<AccessGrantConnectionFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"}}]}}]} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InstallationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Installation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstallationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstallationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Installation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"streetNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstallationQuery, InstallationQueryVariables>;
export const BillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCentavos"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionKwh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"digitableLine"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BillsQuery, BillsQueryVariables>;
export const ConsumptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consumption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionKwh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameMonthLastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionKwh"}}]}}]}}]}}]} as unknown as DocumentNode<ConsumptionQuery, ConsumptionQueryVariables>;
export const ServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDateOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const RequestServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}}]}}]}}]} as unknown as DocumentNode<RequestServiceMutation, RequestServiceMutationVariables>;
export const GrantActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantActivityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"installationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GrantActivityQuery, GrantActivityQueryVariables>;
export const GrantActivityAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GrantActivityAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantActivityAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"installationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GrantActivityAddedSubscription, GrantActivityAddedSubscriptionVariables>;
export const ServiceRequestAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ServiceRequestAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"installationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"madeBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestAddedSubscription, ServiceRequestAddedSubscriptionVariables>;
export const BusinessPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"EnumValue","value":"LOW_VOLTAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}}]}}]}}]} as unknown as DocumentNode<BusinessPartnersQuery, BusinessPartnersQueryVariables>;
export const InstallationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Installations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessPartnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"streetNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complement"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerClass"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InstallationsQuery, InstallationsQueryVariables>;
export const CheckInstallationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInstallations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInstallations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessPartnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<CheckInstallationsQuery, CheckInstallationsQueryVariables>;
export const GrantAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<GrantAccessMutation, GrantAccessMutationVariables>;
export const AccessInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"titularFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartnerName"}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AccessInviteQuery, AccessInviteQueryVariables>;
export const MarkAccessInviteViewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAccessInviteViewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAccessInviteViewed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<MarkAccessInviteViewedMutation, MarkAccessInviteViewedMutationVariables>;
export const AcceptAccessInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAccessInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptAccessInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAccessInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<AcceptAccessInviteMutation, AcceptAccessInviteMutationVariables>;
export const DeclineAccessInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAccessInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAccessInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<DeclineAccessInviteMutation, DeclineAccessInviteMutationVariables>;
export const RevokeAccessGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"installationNumbers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"installationNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"installationNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<RevokeAccessGrantMutation, RevokeAccessGrantMutationVariables>;
export const ChangeAccessGrantValidityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccessGrantValidity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAccessGrantValidity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<ChangeAccessGrantValidityMutation, ChangeAccessGrantValidityMutationVariables>;
export const ResendAccessInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendAccessInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendAccessInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<ResendAccessInviteMutation, ResendAccessInviteMutationVariables>;
export const RenounceAccessGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenounceAccessGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renounceAccessGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<RenounceAccessGrantMutation, RenounceAccessGrantMutationVariables>;
export const AccessGrantsGivenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGrantsGiven"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessGrantsGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantConnectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AccessGrantsGivenQuery, AccessGrantsGivenQueryVariables>;
export const AccessGrantsReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGrantsReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessGrantsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantConnectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AccessGrantsReceivedQuery, AccessGrantsReceivedQueryVariables>;
export const AccessGrantInstallationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessGrantInstallations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"installations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"streetNumber"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessGrantInstallationsQuery, AccessGrantInstallationsQueryVariables>;
export const AccessGrantChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccessGrantChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessGrantChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<AccessGrantChangedSubscription, AccessGrantChangedSubscriptionVariables>;
export const NarrowAccessGrantScopesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NarrowAccessGrantScopes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrantScope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"narrowAccessGrantScopes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"businessPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"titular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cpf"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeInstallationCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"canResend"}},{"kind":"Field","name":{"kind":"Name","value":"canRevoke"}}]}}]} as unknown as DocumentNode<NarrowAccessGrantScopesMutation, NarrowAccessGrantScopesMutationVariables>;
export const VerifyProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"installationCount"}}]}}]}}]} as unknown as DocumentNode<VerifyProtocolQuery, VerifyProtocolQueryVariables>;
export const PendingBusinessPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingBusinessPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingBusinessPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmailHint"}},{"kind":"Field","name":{"kind":"Name","value":"canUseCustomerCode"}}]}}]}}]} as unknown as DocumentNode<PendingBusinessPartnersQuery, PendingBusinessPartnersQueryVariables>;
export const RequestTitularityCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTitularityCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTitularityCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessPartnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessPartnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestTitularityCodeMutation, RequestTitularityCodeMutationVariables>;
export const ConfirmTitularityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTitularity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmTitularityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTitularity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConfirmTitularityMutation, ConfirmTitularityMutationVariables>;
export const RequestCpfReclaimCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCpfReclaimCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCpfReclaimCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCpfReclaimCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestCpfReclaimCodeMutation, RequestCpfReclaimCodeMutationVariables>;
export const ReclaimCpfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReclaimCpf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimCpfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclaimCpf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ReclaimCpfMutation, ReclaimCpfMutationVariables>;