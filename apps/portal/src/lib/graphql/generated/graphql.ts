/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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


export type MeQuery = { me: { id: string, fullName: string, cpf: string | null, email: string, emailVerified: boolean } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, user: { id: string, fullName: string, cpf: string | null, email: string, emailVerified: boolean } } };

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

export type InstallationFieldsFragment = { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, access: { kind: InstallationAccessKind, scopes: Array<AccessGrantScope>, grant: { id: string, protocolNumber: string, titular: { fullName: string } } | null }, businessPartner: { id: string, name: string, number: string } };

export type InstallationQueryVariables = Exact<{
  number: string;
}>;


export type InstallationQuery = { installation: { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, access: { kind: InstallationAccessKind, scopes: Array<AccessGrantScope>, grant: { id: string, protocolNumber: string, titular: { fullName: string } } | null }, businessPartner: { id: string, name: string, number: string } } };

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

export type InstallationSummaryFragment = { id: string, number: string, street: string, streetNumber: string, complement: string | null, district: string, city: string, state: string, postalCode: string, status: InstallationStatus, customerClass: CustomerClass, businessPartner: { id: string, name: string, number: string } };

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

export type NextPageFragment = { hasNextPage: boolean, endCursor: string | null };

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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InstallationSummaryFragmentDoc = new TypedDocumentString(`
    fragment InstallationSummary on Installation {
  id
  number
  street
  streetNumber
  complement
  district
  city
  state
  postalCode
  status
  customerClass
  businessPartner {
    id
    name
    number
  }
}
    `, {"fragmentName":"InstallationSummary"}) as unknown as TypedDocumentString<InstallationSummaryFragment, unknown>;
export const InstallationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InstallationFields on Installation {
  ...InstallationSummary
  access {
    kind
    scopes
    grant {
      id
      protocolNumber
      titular {
        fullName
      }
    }
  }
}
    fragment InstallationSummary on Installation {
  id
  number
  street
  streetNumber
  complement
  district
  city
  state
  postalCode
  status
  customerClass
  businessPartner {
    id
    name
    number
  }
}`, {"fragmentName":"InstallationFields"}) as unknown as TypedDocumentString<InstallationFieldsFragment, unknown>;
export const ServiceRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceRequestFields on ServiceRequest {
  id
  protocolNumber
  type
  status
  dueDay
  description
  requestedAt
  madeBy
  onBehalfOf
  requester {
    fullName
  }
  grant {
    id
    protocolNumber
  }
}
    `, {"fragmentName":"ServiceRequestFields"}) as unknown as TypedDocumentString<ServiceRequestFieldsFragment, unknown>;
export const GrantActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment GrantActivityFields on GrantActivity {
  id
  type
  at
  actorName
  installationNumber
  referenceMonths
  protocolNumber
  serviceRequest {
    type
  }
}
    `, {"fragmentName":"GrantActivityFields"}) as unknown as TypedDocumentString<GrantActivityFieldsFragment, unknown>;
export const AccessGrantFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}
    `, {"fragmentName":"AccessGrantFields"}) as unknown as TypedDocumentString<AccessGrantFieldsFragment, unknown>;
export const NextPageFragmentDoc = new TypedDocumentString(`
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"NextPage"}) as unknown as TypedDocumentString<NextPageFragment, unknown>;
export const AccessGrantConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccessGrantConnectionFields on AccessGrantConnection {
  totalCount
  edges {
    cursor
    node {
      ...AccessGrantFields
    }
  }
  pageInfo {
    ...NextPage
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`, {"fragmentName":"AccessGrantConnectionFields"}) as unknown as TypedDocumentString<AccessGrantConnectionFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    fullName
    cpf
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    user {
      id
      fullName
      cpf
      email
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    email
    message
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestEmailVerificationDocument = new TypedDocumentString(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `) as unknown as TypedDocumentString<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InstallationDocument = new TypedDocumentString(`
    query Installation($number: String!) {
  installation(number: $number) {
    ...InstallationFields
  }
}
    fragment InstallationFields on Installation {
  ...InstallationSummary
  access {
    kind
    scopes
    grant {
      id
      protocolNumber
      titular {
        fullName
      }
    }
  }
}
fragment InstallationSummary on Installation {
  id
  number
  street
  streetNumber
  complement
  district
  city
  state
  postalCode
  status
  customerClass
  businessPartner {
    id
    name
    number
  }
}`) as unknown as TypedDocumentString<InstallationQuery, InstallationQueryVariables>;
export const BillsDocument = new TypedDocumentString(`
    query Bills($installationNumber: String!, $first: Int, $after: String) {
  bills(installationNumber: $installationNumber, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        referenceMonth
        dueDate
        amountCentavos
        consumptionKwh
        status
        digitableLine
      }
    }
    pageInfo {
      ...NextPage
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<BillsQuery, BillsQueryVariables>;
export const ConsumptionDocument = new TypedDocumentString(`
    query Consumption($installationNumber: String!, $months: Int) {
  consumption(installationNumber: $installationNumber, months: $months) {
    months {
      referenceMonth
      consumptionKwh
    }
    sameMonthLastYear {
      referenceMonth
      consumptionKwh
    }
  }
}
    `) as unknown as TypedDocumentString<ConsumptionQuery, ConsumptionQueryVariables>;
export const ServiceRequestsDocument = new TypedDocumentString(`
    query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {
  dueDateOptions(installationNumber: $installationNumber) {
    currentDueDay
    days
  }
  serviceRequests(
    installationNumber: $installationNumber
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      node {
        ...ServiceRequestFields
      }
    }
    pageInfo {
      ...NextPage
    }
  }
}
    fragment ServiceRequestFields on ServiceRequest {
  id
  protocolNumber
  type
  status
  dueDay
  description
  requestedAt
  madeBy
  onBehalfOf
  requester {
    fullName
  }
  grant {
    id
    protocolNumber
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const RequestServiceDocument = new TypedDocumentString(`
    mutation RequestService($input: RequestServiceInput!) {
  requestService(input: $input) {
    ...ServiceRequestFields
  }
}
    fragment ServiceRequestFields on ServiceRequest {
  id
  protocolNumber
  type
  status
  dueDay
  description
  requestedAt
  madeBy
  onBehalfOf
  requester {
    fullName
  }
  grant {
    id
    protocolNumber
  }
}`) as unknown as TypedDocumentString<RequestServiceMutation, RequestServiceMutationVariables>;
export const GrantActivityDocument = new TypedDocumentString(`
    query GrantActivity($grantId: ID!, $first: Int, $after: String) {
  grantActivity(grantId: $grantId, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...GrantActivityFields
      }
    }
    pageInfo {
      ...NextPage
    }
  }
}
    fragment GrantActivityFields on GrantActivity {
  id
  type
  at
  actorName
  installationNumber
  referenceMonths
  protocolNumber
  serviceRequest {
    type
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<GrantActivityQuery, GrantActivityQueryVariables>;
export const GrantActivityAddedDocument = new TypedDocumentString(`
    subscription GrantActivityAdded($grantId: ID) {
  grantActivityAdded(grantId: $grantId) {
    ...GrantActivityFields
  }
}
    fragment GrantActivityFields on GrantActivity {
  id
  type
  at
  actorName
  installationNumber
  referenceMonths
  protocolNumber
  serviceRequest {
    type
  }
}`) as unknown as TypedDocumentString<GrantActivityAddedSubscription, GrantActivityAddedSubscriptionVariables>;
export const ServiceRequestAddedDocument = new TypedDocumentString(`
    subscription ServiceRequestAdded($installationNumber: String!) {
  serviceRequestAdded(installationNumber: $installationNumber) {
    ...ServiceRequestFields
  }
}
    fragment ServiceRequestFields on ServiceRequest {
  id
  protocolNumber
  type
  status
  dueDay
  description
  requestedAt
  madeBy
  onBehalfOf
  requester {
    fullName
  }
  grant {
    id
    protocolNumber
  }
}`) as unknown as TypedDocumentString<ServiceRequestAddedSubscription, ServiceRequestAddedSubscriptionVariables>;
export const BusinessPartnersDocument = new TypedDocumentString(`
    query BusinessPartners {
  businessPartners(profile: LOW_VOLTAGE) {
    id
    number
    name
    document
    documentKind
    installationCount
    activeInstallationCount
  }
}
    `) as unknown as TypedDocumentString<BusinessPartnersQuery, BusinessPartnersQueryVariables>;
export const InstallationsDocument = new TypedDocumentString(`
    query Installations($businessPartnerId: ID, $search: String, $status: InstallationStatus, $first: Int, $after: String) {
  installations(
    businessPartnerId: $businessPartnerId
    search: $search
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      node {
        ...InstallationSummary
      }
    }
    pageInfo {
      ...NextPage
    }
  }
}
    fragment InstallationSummary on Installation {
  id
  number
  street
  streetNumber
  complement
  district
  city
  state
  postalCode
  status
  customerClass
  businessPartner {
    id
    name
    number
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<InstallationsQuery, InstallationsQueryVariables>;
export const CheckInstallationsDocument = new TypedDocumentString(`
    query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {
  checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {
    number
    result
  }
}
    `) as unknown as TypedDocumentString<CheckInstallationsQuery, CheckInstallationsQueryVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantAccessInput!) {
  grantAccess(input: $input) {
    inviteUrl
    grant {
      ...AccessGrantFields
    }
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const AccessInviteDocument = new TypedDocumentString(`
    query AccessInvite($token: String!) {
  accessInvite(token: $token) {
    status
    expiresAt
    titularFirstName
    businessPartnerName
    installationCount
    scopes
    validUntil
  }
}
    `) as unknown as TypedDocumentString<AccessInviteQuery, AccessInviteQueryVariables>;
export const MarkAccessInviteViewedDocument = new TypedDocumentString(`
    mutation MarkAccessInviteViewed($token: String!) {
  markAccessInviteViewed(token: $token)
}
    `) as unknown as TypedDocumentString<MarkAccessInviteViewedMutation, MarkAccessInviteViewedMutationVariables>;
export const AcceptAccessInviteDocument = new TypedDocumentString(`
    mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {
  acceptAccessInvite(input: $input) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<AcceptAccessInviteMutation, AcceptAccessInviteMutationVariables>;
export const DeclineAccessInviteDocument = new TypedDocumentString(`
    mutation DeclineAccessInvite($token: String!) {
  declineAccessInvite(token: $token)
}
    `) as unknown as TypedDocumentString<DeclineAccessInviteMutation, DeclineAccessInviteMutationVariables>;
export const RevokeAccessGrantDocument = new TypedDocumentString(`
    mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {
  revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<RevokeAccessGrantMutation, RevokeAccessGrantMutationVariables>;
export const ChangeAccessGrantValidityDocument = new TypedDocumentString(`
    mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {
  changeAccessGrantValidity(id: $id, validUntil: $validUntil) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<ChangeAccessGrantValidityMutation, ChangeAccessGrantValidityMutationVariables>;
export const ResendAccessInviteDocument = new TypedDocumentString(`
    mutation ResendAccessInvite($id: ID!) {
  resendAccessInvite(id: $id) {
    inviteUrl
    grant {
      ...AccessGrantFields
    }
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<ResendAccessInviteMutation, ResendAccessInviteMutationVariables>;
export const RenounceAccessGrantDocument = new TypedDocumentString(`
    mutation RenounceAccessGrant($id: ID!) {
  renounceAccessGrant(id: $id) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<RenounceAccessGrantMutation, RenounceAccessGrantMutationVariables>;
export const AccessGrantsGivenDocument = new TypedDocumentString(`
    query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {
  accessGrantsGiven(status: $status, first: $first, after: $after) {
    ...AccessGrantConnectionFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}
fragment AccessGrantConnectionFields on AccessGrantConnection {
  totalCount
  edges {
    cursor
    node {
      ...AccessGrantFields
    }
  }
  pageInfo {
    ...NextPage
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AccessGrantsGivenQuery, AccessGrantsGivenQueryVariables>;
export const AccessGrantsReceivedDocument = new TypedDocumentString(`
    query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {
  accessGrantsReceived(status: $status, first: $first, after: $after) {
    ...AccessGrantConnectionFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}
fragment AccessGrantConnectionFields on AccessGrantConnection {
  totalCount
  edges {
    cursor
    node {
      ...AccessGrantFields
    }
  }
  pageInfo {
    ...NextPage
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AccessGrantsReceivedQuery, AccessGrantsReceivedQueryVariables>;
export const AccessGrantInstallationsDocument = new TypedDocumentString(`
    query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {
  accessGrant(id: $id) {
    id
    installations(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          number
          street
          streetNumber
          district
          city
          state
          status
          revokedAt
        }
      }
      pageInfo {
        ...NextPage
      }
    }
  }
}
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<AccessGrantInstallationsQuery, AccessGrantInstallationsQueryVariables>;
export const AccessGrantChangedDocument = new TypedDocumentString(`
    subscription AccessGrantChanged($after: String) {
  accessGrantChanged(after: $after) {
    grantId
    change
    status
    at
    cursor
    grant {
      ...AccessGrantFields
    }
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<AccessGrantChangedSubscription, AccessGrantChangedSubscriptionVariables>;
export const NarrowAccessGrantScopesDocument = new TypedDocumentString(`
    mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {
  narrowAccessGrantScopes(id: $id, scopes: $scopes) {
    ...AccessGrantFields
  }
}
    fragment AccessGrantFields on AccessGrant {
  id
  protocolNumber
  status
  viewerRole
  scopes
  businessPartner {
    id
    number
    name
  }
  titular {
    fullName
  }
  invitee {
    fullName
    cpf
    email
  }
  installationCount
  activeInstallationCount
  createdAt
  inviteExpiresAt
  acceptedAt
  endedAt
  endReason
  validUntil
  canResend
  canRevoke
}`) as unknown as TypedDocumentString<NarrowAccessGrantScopesMutation, NarrowAccessGrantScopesMutationVariables>;
export const VerifyProtocolDocument = new TypedDocumentString(`
    query VerifyProtocol($code: String!) {
  verifyProtocol(code: $code) {
    protocolNumber
    status
    createdAt
    acceptedAt
    endedAt
    inviteExpiresAt
    installationCount
  }
}
    `) as unknown as TypedDocumentString<VerifyProtocolQuery, VerifyProtocolQueryVariables>;
export const PendingBusinessPartnersDocument = new TypedDocumentString(`
    query PendingBusinessPartners {
  pendingBusinessPartners {
    id
    maskedNumber
    displayName
    documentKind
    contactEmailHint
    canUseCustomerCode
  }
}
    `) as unknown as TypedDocumentString<PendingBusinessPartnersQuery, PendingBusinessPartnersQueryVariables>;
export const RequestTitularityCodeDocument = new TypedDocumentString(`
    mutation RequestTitularityCode($businessPartnerId: ID!) {
  requestTitularityCode(businessPartnerId: $businessPartnerId) {
    destination
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RequestTitularityCodeMutation, RequestTitularityCodeMutationVariables>;
export const ConfirmTitularityDocument = new TypedDocumentString(`
    mutation ConfirmTitularity($input: ConfirmTitularityInput!) {
  confirmTitularity(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConfirmTitularityMutation, ConfirmTitularityMutationVariables>;
export const RequestCpfReclaimCodeDocument = new TypedDocumentString(`
    mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {
  requestCpfReclaimCode(input: $input)
}
    `) as unknown as TypedDocumentString<RequestCpfReclaimCodeMutation, RequestCpfReclaimCodeMutationVariables>;
export const ReclaimCpfDocument = new TypedDocumentString(`
    mutation ReclaimCpf($input: ReclaimCpfInput!) {
  reclaimCpf(input: $input)
}
    `) as unknown as TypedDocumentString<ReclaimCpfMutation, ReclaimCpfMutationVariables>;