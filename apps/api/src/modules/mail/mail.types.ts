/**
 * Every e-mail the product sends and the data its template needs. Senders enqueue by name; the mail
 * module renders (pt-BR, HTML + text) and delivers. Dates are rendered in America/Sao_Paulo.
 */
export interface MailTemplates {
  /** To a new account: confirm the e-mail address. */
  'email-verification': { fullName: string; verifyUrl: string; expiresAt: Date };
  /** "Esqueci minha senha": single-use link, 1 hour. */
  'password-reset': { fullName: string; resetUrl: string; expiresAt: Date };
  /** Someone tried to register with this person's e-mail or CPF: tell the owner, not the stranger. */
  'account-exists': { fullName: string; signInUrl: string; resetUrl: string };
  /** To the invitee. No titular CPF, no installation addresses before the invitee's identity is confirmed. */
  'access-invite': {
    inviteeName: string;
    titularName: string;
    businessPartnerName: string;
    installationCount: number;
    inviteUrl: string;
    expiresAt: Date;
    /** Prazo da permissão the titular chose; null or absent: until revoked. */
    validUntil?: Date | null;
    /** "O que a pessoa poderá fazer", as labels; absent: not shown. */
    scopes?: string[];
  };
  /** To the titular: "Você será informado sobre a validação do aceite em seu e-mail". */
  'access-invite-accepted': {
    titularName: string;
    inviteeName: string;
    protocolNumber: string;
    installationCount: number;
    grantsUrl: string;
    acceptedAt: Date;
  };
  'access-invite-declined': {
    titularName: string;
    inviteeName: string;
    protocolNumber: string;
    grantsUrl: string;
    declinedAt: Date;
  };
  /** To the invitee: whole grant or some installations removed. */
  'access-revoked': {
    inviteeName: string;
    titularName: string;
    businessPartnerName: string;
    protocolNumber: string;
    /** Numbers removed; empty when the whole grant ended. */
    installationNumbers: string[];
    wholeGrant: boolean;
    revokedAt: Date;
  };
  /** To the titular: the invitee gave up the access. */
  'access-renounced': {
    titularName: string;
    inviteeName: string;
    protocolNumber: string;
    grantsUrl: string;
    renouncedAt: Date;
  };
  /** To the titular, with a link to invite again with the same data. */
  'access-invite-expired': {
    titularName: string;
    inviteeName: string;
    protocolNumber: string;
    reinviteUrl: string;
    expiredAt: Date;
  };
  /**
   * To the titular or the invitee: the grant (or some installations) ended because the titular's
   * authority ended in the customer records, or its validity came to its end.
   */
  'access-ended': {
    recipientName: string;
    /** Whom the e-mail is to; the text speaks to them. */
    recipient: 'TITULAR' | 'INVITEE';
    titularName: string;
    inviteeName: string;
    businessPartnerName: string;
    protocolNumber: string;
    reason:
      | 'TITULARITY_CHANGED'
      | 'INSTALLATION_DEACTIVATED'
      | 'REPRESENTATIVE_REMOVED'
      | 'PARTNER_ENDED'
      | 'VALIDITY_ENDED';
    /** The installations that left the grant; empty when the whole grant ended. */
    installationNumbers: string[];
    wholeGrant: boolean;
    /** It was still an invite (now cancelled). */
    wasInvite: boolean;
    endedAt: Date;
    portalUrl: string;
  };
  /** Seven days before the end of the validity, to both people. */
  'access-validity-reminder': {
    recipientName: string;
    recipient: 'TITULAR' | 'INVITEE';
    titularName: string;
    inviteeName: string;
    businessPartnerName: string;
    protocolNumber: string;
    validUntil: Date;
    url: string;
  };
  /** To the invitee: the titular extended or shortened the validity (null: until revoked). */
  'access-validity-changed': {
    inviteeName: string;
    titularName: string;
    businessPartnerName: string;
    protocolNumber: string;
    validUntil: Date | null;
    url: string;
  };
  /** To the contact e-mail on record for a business partner: the one-time code proving titularity. */
  'titularity-code': { partnerName: string; code: string; expiresAt: Date; portalUrl: string };
  /** A CPF moved to the account that proved titularity: `PREVIOUS` to the account that lost it, `NEW` to the other. */
  'cpf-reclaimed': { fullName: string; side: 'PREVIOUS' | 'NEW'; signInUrl: string; at: Date };
  /** To whoever made a service request: its protocol number and what was asked. */
  'service-request-received': {
    requesterName: string;
    protocolNumber: string;
    /** "Alteração da data de vencimento" or "Informar falta de energia". */
    serviceLabel: string;
    /** e.g. "Novo dia de vencimento: 10". */
    detail: string | null;
    installationNumber: string;
    /** The business partner the request was made for. */
    onBehalfOf: string;
    requestedAt: Date;
    requestsUrl: string;
  };
  /** To the titular when an invitee made a request in their name. */
  'service-request-on-your-behalf': {
    titularName: string;
    inviteeName: string;
    protocolNumber: string;
    serviceLabel: string;
    detail: string | null;
    installationNumber: string;
    grantProtocolNumber: string;
    requestedAt: Date;
    activityUrl: string;
  };
  /** To the invitee: the titular took some things away from what the grant lets them do. */
  'access-scopes-narrowed': {
    inviteeName: string;
    titularName: string;
    businessPartnerName: string;
    protocolNumber: string;
    /** What the grant still covers, as labels ("Consultar contas e consumo"). */
    remaining: string[];
    /** What was taken away, as labels. */
    removed: string[];
    narrowedAt: Date;
  };
  /** To the contact e-mail of a team's service key: its webhook endpoint was disabled (410 or persistent failure). */
  'webhook-endpoint-disabled': {
    team: string;
    endpointId: string;
    url: string;
    reason: 'GONE' | 'PERSISTENT_FAILURE';
    disabledAt: Date;
  };
}

export type MailTemplateName = keyof MailTemplates;

export interface MailRecipient {
  email: string;
  name?: string | null;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  links: string[];
}
