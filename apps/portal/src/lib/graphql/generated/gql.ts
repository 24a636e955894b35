/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      fullName\n      cpf\n      email\n      emailVerified\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        fullName\n        cpf\n        email\n        emailVerified\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment InstallationFields on Installation {\n    id\n    number\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    postalCode\n    status\n    customerClass\n    businessPartner {\n      id\n      name\n      number\n    }\n    access {\n      kind\n      scopes\n      grant {\n        id\n        protocolNumber\n        titular {\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.InstallationFieldsFragmentDoc,
    "\n  query Installation($number: String!) {\n    installation(number: $number) {\n      ...InstallationFields\n    }\n  }\n": typeof types.InstallationDocument,
    "\n  query Bills($installationNumber: String!, $first: Int, $after: String) {\n    bills(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          referenceMonth\n          dueDate\n          amountCentavos\n          consumptionKwh\n          status\n          digitableLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BillsDocument,
    "\n  query Consumption($installationNumber: String!, $months: Int) {\n    consumption(installationNumber: $installationNumber, months: $months) {\n      months {\n        referenceMonth\n        consumptionKwh\n      }\n      sameMonthLastYear {\n        referenceMonth\n        consumptionKwh\n      }\n    }\n  }\n": typeof types.ConsumptionDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    protocolNumber\n    type\n    status\n    dueDay\n    description\n    requestedAt\n    madeBy\n    onBehalfOf\n    requester {\n      fullName\n    }\n    grant {\n      id\n      protocolNumber\n    }\n  }\n": typeof types.ServiceRequestFieldsFragmentDoc,
    "\n  query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {\n    dueDateOptions(installationNumber: $installationNumber) {\n      currentDueDay\n      days\n    }\n    serviceRequests(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
    "\n  mutation RequestService($input: RequestServiceInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.RequestServiceDocument,
    "\n  fragment GrantActivityFields on GrantActivity {\n    id\n    type\n    at\n    actorName\n    installationNumber\n    referenceMonths\n    protocolNumber\n    serviceRequest {\n      type\n    }\n  }\n": typeof types.GrantActivityFieldsFragmentDoc,
    "\n  query GrantActivity($grantId: ID!, $first: Int, $after: String) {\n    grantActivity(grantId: $grantId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GrantActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GrantActivityDocument,
    "\n  subscription GrantActivityAdded($grantId: ID) {\n    grantActivityAdded(grantId: $grantId) {\n      ...GrantActivityFields\n    }\n  }\n": typeof types.GrantActivityAddedDocument,
    "\n  subscription ServiceRequestAdded($installationNumber: String!) {\n    serviceRequestAdded(installationNumber: $installationNumber) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.ServiceRequestAddedDocument,
    "\n  query BusinessPartners {\n    businessPartners(profile: LOW_VOLTAGE) {\n      id\n      number\n      name\n      document\n      documentKind\n      installationCount\n      activeInstallationCount\n    }\n  }\n": typeof types.BusinessPartnersDocument,
    "\n  query Installations(\n    $businessPartnerId: ID\n    $search: String\n    $status: InstallationStatus\n    $first: Int\n    $after: String\n  ) {\n    installations(\n      businessPartnerId: $businessPartnerId\n      search: $search\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          street\n          streetNumber\n          complement\n          district\n          city\n          state\n          postalCode\n          status\n          customerClass\n          businessPartner {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InstallationsDocument,
    "\n  query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {\n    checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {\n      number\n      result\n    }\n  }\n": typeof types.CheckInstallationsDocument,
    "\n  fragment AccessGrantFields on AccessGrant {\n    id\n    protocolNumber\n    status\n    viewerRole\n    scopes\n    businessPartner {\n      id\n      number\n      name\n    }\n    titular {\n      fullName\n    }\n    invitee {\n      fullName\n      cpf\n      email\n    }\n    installationCount\n    activeInstallationCount\n    createdAt\n    inviteExpiresAt\n    acceptedAt\n    endedAt\n    endReason\n    validUntil\n    canResend\n    canRevoke\n  }\n": typeof types.AccessGrantFieldsFragmentDoc,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": typeof types.GrantAccessDocument,
    "\n  query AccessInvite($token: String!) {\n    accessInvite(token: $token) {\n      status\n      expiresAt\n      titularFirstName\n      businessPartnerName\n      installationCount\n      scopes\n      validUntil\n    }\n  }\n": typeof types.AccessInviteDocument,
    "\n  mutation MarkAccessInviteViewed($token: String!) {\n    markAccessInviteViewed(token: $token)\n  }\n": typeof types.MarkAccessInviteViewedDocument,
    "\n  mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {\n    acceptAccessInvite(input: $input) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.AcceptAccessInviteDocument,
    "\n  mutation DeclineAccessInvite($token: String!) {\n    declineAccessInvite(token: $token)\n  }\n": typeof types.DeclineAccessInviteDocument,
    "\n  mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {\n    revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.RevokeAccessGrantDocument,
    "\n  mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {\n    changeAccessGrantValidity(id: $id, validUntil: $validUntil) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.ChangeAccessGrantValidityDocument,
    "\n  mutation ResendAccessInvite($id: ID!) {\n    resendAccessInvite(id: $id) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": typeof types.ResendAccessInviteDocument,
    "\n  mutation RenounceAccessGrant($id: ID!) {\n    renounceAccessGrant(id: $id) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.RenounceAccessGrantDocument,
    "\n  fragment AccessGrantConnectionFields on AccessGrantConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AccessGrantFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AccessGrantConnectionFieldsFragmentDoc,
    "\n  query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsGiven(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n": typeof types.AccessGrantsGivenDocument,
    "\n  query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsReceived(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n": typeof types.AccessGrantsReceivedDocument,
    "\n  query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {\n    accessGrant(id: $id) {\n      id\n      installations(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            number\n            street\n            streetNumber\n            district\n            city\n            state\n            status\n            revokedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AccessGrantInstallationsDocument,
    "\n  subscription AccessGrantChanged($after: String) {\n    accessGrantChanged(after: $after) {\n      grantId\n      change\n      status\n      at\n      cursor\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": typeof types.AccessGrantChangedDocument,
    "\n  mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {\n    narrowAccessGrantScopes(id: $id, scopes: $scopes) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.NarrowAccessGrantScopesDocument,
    "\n  query VerifyProtocol($code: String!) {\n    verifyProtocol(code: $code) {\n      protocolNumber\n      status\n      createdAt\n      acceptedAt\n      endedAt\n      inviteExpiresAt\n      installationCount\n    }\n  }\n": typeof types.VerifyProtocolDocument,
    "\n  query PendingBusinessPartners {\n    pendingBusinessPartners {\n      id\n      maskedNumber\n      displayName\n      documentKind\n      contactEmailHint\n      canUseCustomerCode\n    }\n  }\n": typeof types.PendingBusinessPartnersDocument,
    "\n  mutation RequestTitularityCode($businessPartnerId: ID!) {\n    requestTitularityCode(businessPartnerId: $businessPartnerId) {\n      destination\n      expiresAt\n    }\n  }\n": typeof types.RequestTitularityCodeDocument,
    "\n  mutation ConfirmTitularity($input: ConfirmTitularityInput!) {\n    confirmTitularity(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConfirmTitularityDocument,
    "\n  mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {\n    requestCpfReclaimCode(input: $input)\n  }\n": typeof types.RequestCpfReclaimCodeDocument,
    "\n  mutation ReclaimCpf($input: ReclaimCpfInput!) {\n    reclaimCpf(input: $input)\n  }\n": typeof types.ReclaimCpfDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      fullName\n      cpf\n      email\n      emailVerified\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        fullName\n        cpf\n        email\n        emailVerified\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment InstallationFields on Installation {\n    id\n    number\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    postalCode\n    status\n    customerClass\n    businessPartner {\n      id\n      name\n      number\n    }\n    access {\n      kind\n      scopes\n      grant {\n        id\n        protocolNumber\n        titular {\n          fullName\n        }\n      }\n    }\n  }\n": types.InstallationFieldsFragmentDoc,
    "\n  query Installation($number: String!) {\n    installation(number: $number) {\n      ...InstallationFields\n    }\n  }\n": types.InstallationDocument,
    "\n  query Bills($installationNumber: String!, $first: Int, $after: String) {\n    bills(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          referenceMonth\n          dueDate\n          amountCentavos\n          consumptionKwh\n          status\n          digitableLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BillsDocument,
    "\n  query Consumption($installationNumber: String!, $months: Int) {\n    consumption(installationNumber: $installationNumber, months: $months) {\n      months {\n        referenceMonth\n        consumptionKwh\n      }\n      sameMonthLastYear {\n        referenceMonth\n        consumptionKwh\n      }\n    }\n  }\n": types.ConsumptionDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    protocolNumber\n    type\n    status\n    dueDay\n    description\n    requestedAt\n    madeBy\n    onBehalfOf\n    requester {\n      fullName\n    }\n    grant {\n      id\n      protocolNumber\n    }\n  }\n": types.ServiceRequestFieldsFragmentDoc,
    "\n  query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {\n    dueDateOptions(installationNumber: $installationNumber) {\n      currentDueDay\n      days\n    }\n    serviceRequests(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
    "\n  mutation RequestService($input: RequestServiceInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": types.RequestServiceDocument,
    "\n  fragment GrantActivityFields on GrantActivity {\n    id\n    type\n    at\n    actorName\n    installationNumber\n    referenceMonths\n    protocolNumber\n    serviceRequest {\n      type\n    }\n  }\n": types.GrantActivityFieldsFragmentDoc,
    "\n  query GrantActivity($grantId: ID!, $first: Int, $after: String) {\n    grantActivity(grantId: $grantId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GrantActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GrantActivityDocument,
    "\n  subscription GrantActivityAdded($grantId: ID) {\n    grantActivityAdded(grantId: $grantId) {\n      ...GrantActivityFields\n    }\n  }\n": types.GrantActivityAddedDocument,
    "\n  subscription ServiceRequestAdded($installationNumber: String!) {\n    serviceRequestAdded(installationNumber: $installationNumber) {\n      ...ServiceRequestFields\n    }\n  }\n": types.ServiceRequestAddedDocument,
    "\n  query BusinessPartners {\n    businessPartners(profile: LOW_VOLTAGE) {\n      id\n      number\n      name\n      document\n      documentKind\n      installationCount\n      activeInstallationCount\n    }\n  }\n": types.BusinessPartnersDocument,
    "\n  query Installations(\n    $businessPartnerId: ID\n    $search: String\n    $status: InstallationStatus\n    $first: Int\n    $after: String\n  ) {\n    installations(\n      businessPartnerId: $businessPartnerId\n      search: $search\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          street\n          streetNumber\n          complement\n          district\n          city\n          state\n          postalCode\n          status\n          customerClass\n          businessPartner {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InstallationsDocument,
    "\n  query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {\n    checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {\n      number\n      result\n    }\n  }\n": types.CheckInstallationsDocument,
    "\n  fragment AccessGrantFields on AccessGrant {\n    id\n    protocolNumber\n    status\n    viewerRole\n    scopes\n    businessPartner {\n      id\n      number\n      name\n    }\n    titular {\n      fullName\n    }\n    invitee {\n      fullName\n      cpf\n      email\n    }\n    installationCount\n    activeInstallationCount\n    createdAt\n    inviteExpiresAt\n    acceptedAt\n    endedAt\n    endReason\n    validUntil\n    canResend\n    canRevoke\n  }\n": types.AccessGrantFieldsFragmentDoc,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": types.GrantAccessDocument,
    "\n  query AccessInvite($token: String!) {\n    accessInvite(token: $token) {\n      status\n      expiresAt\n      titularFirstName\n      businessPartnerName\n      installationCount\n      scopes\n      validUntil\n    }\n  }\n": types.AccessInviteDocument,
    "\n  mutation MarkAccessInviteViewed($token: String!) {\n    markAccessInviteViewed(token: $token)\n  }\n": types.MarkAccessInviteViewedDocument,
    "\n  mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {\n    acceptAccessInvite(input: $input) {\n      ...AccessGrantFields\n    }\n  }\n": types.AcceptAccessInviteDocument,
    "\n  mutation DeclineAccessInvite($token: String!) {\n    declineAccessInvite(token: $token)\n  }\n": types.DeclineAccessInviteDocument,
    "\n  mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {\n    revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {\n      ...AccessGrantFields\n    }\n  }\n": types.RevokeAccessGrantDocument,
    "\n  mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {\n    changeAccessGrantValidity(id: $id, validUntil: $validUntil) {\n      ...AccessGrantFields\n    }\n  }\n": types.ChangeAccessGrantValidityDocument,
    "\n  mutation ResendAccessInvite($id: ID!) {\n    resendAccessInvite(id: $id) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": types.ResendAccessInviteDocument,
    "\n  mutation RenounceAccessGrant($id: ID!) {\n    renounceAccessGrant(id: $id) {\n      ...AccessGrantFields\n    }\n  }\n": types.RenounceAccessGrantDocument,
    "\n  fragment AccessGrantConnectionFields on AccessGrantConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AccessGrantFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AccessGrantConnectionFieldsFragmentDoc,
    "\n  query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsGiven(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n": types.AccessGrantsGivenDocument,
    "\n  query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsReceived(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n": types.AccessGrantsReceivedDocument,
    "\n  query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {\n    accessGrant(id: $id) {\n      id\n      installations(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            number\n            street\n            streetNumber\n            district\n            city\n            state\n            status\n            revokedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AccessGrantInstallationsDocument,
    "\n  subscription AccessGrantChanged($after: String) {\n    accessGrantChanged(after: $after) {\n      grantId\n      change\n      status\n      at\n      cursor\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n": types.AccessGrantChangedDocument,
    "\n  mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {\n    narrowAccessGrantScopes(id: $id, scopes: $scopes) {\n      ...AccessGrantFields\n    }\n  }\n": types.NarrowAccessGrantScopesDocument,
    "\n  query VerifyProtocol($code: String!) {\n    verifyProtocol(code: $code) {\n      protocolNumber\n      status\n      createdAt\n      acceptedAt\n      endedAt\n      inviteExpiresAt\n      installationCount\n    }\n  }\n": types.VerifyProtocolDocument,
    "\n  query PendingBusinessPartners {\n    pendingBusinessPartners {\n      id\n      maskedNumber\n      displayName\n      documentKind\n      contactEmailHint\n      canUseCustomerCode\n    }\n  }\n": types.PendingBusinessPartnersDocument,
    "\n  mutation RequestTitularityCode($businessPartnerId: ID!) {\n    requestTitularityCode(businessPartnerId: $businessPartnerId) {\n      destination\n      expiresAt\n    }\n  }\n": types.RequestTitularityCodeDocument,
    "\n  mutation ConfirmTitularity($input: ConfirmTitularityInput!) {\n    confirmTitularity(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConfirmTitularityDocument,
    "\n  mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {\n    requestCpfReclaimCode(input: $input)\n  }\n": types.RequestCpfReclaimCodeDocument,
    "\n  mutation ReclaimCpf($input: ReclaimCpfInput!) {\n    reclaimCpf(input: $input)\n  }\n": types.ReclaimCpfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      fullName\n      cpf\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      fullName\n      cpf\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        fullName\n        cpf\n        email\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        fullName\n        cpf\n        email\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstallationFields on Installation {\n    id\n    number\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    postalCode\n    status\n    customerClass\n    businessPartner {\n      id\n      name\n      number\n    }\n    access {\n      kind\n      scopes\n      grant {\n        id\n        protocolNumber\n        titular {\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InstallationFields on Installation {\n    id\n    number\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    postalCode\n    status\n    customerClass\n    businessPartner {\n      id\n      name\n      number\n    }\n    access {\n      kind\n      scopes\n      grant {\n        id\n        protocolNumber\n        titular {\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Installation($number: String!) {\n    installation(number: $number) {\n      ...InstallationFields\n    }\n  }\n"): (typeof documents)["\n  query Installation($number: String!) {\n    installation(number: $number) {\n      ...InstallationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bills($installationNumber: String!, $first: Int, $after: String) {\n    bills(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          referenceMonth\n          dueDate\n          amountCentavos\n          consumptionKwh\n          status\n          digitableLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bills($installationNumber: String!, $first: Int, $after: String) {\n    bills(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          referenceMonth\n          dueDate\n          amountCentavos\n          consumptionKwh\n          status\n          digitableLine\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consumption($installationNumber: String!, $months: Int) {\n    consumption(installationNumber: $installationNumber, months: $months) {\n      months {\n        referenceMonth\n        consumptionKwh\n      }\n      sameMonthLastYear {\n        referenceMonth\n        consumptionKwh\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consumption($installationNumber: String!, $months: Int) {\n    consumption(installationNumber: $installationNumber, months: $months) {\n      months {\n        referenceMonth\n        consumptionKwh\n      }\n      sameMonthLastYear {\n        referenceMonth\n        consumptionKwh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    protocolNumber\n    type\n    status\n    dueDay\n    description\n    requestedAt\n    madeBy\n    onBehalfOf\n    requester {\n      fullName\n    }\n    grant {\n      id\n      protocolNumber\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    protocolNumber\n    type\n    status\n    dueDay\n    description\n    requestedAt\n    madeBy\n    onBehalfOf\n    requester {\n      fullName\n    }\n    grant {\n      id\n      protocolNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {\n    dueDateOptions(installationNumber: $installationNumber) {\n      currentDueDay\n      days\n    }\n    serviceRequests(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($installationNumber: String!, $first: Int, $after: String) {\n    dueDateOptions(installationNumber: $installationNumber) {\n      currentDueDay\n      days\n    }\n    serviceRequests(installationNumber: $installationNumber, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestService($input: RequestServiceInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestService($input: RequestServiceInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantActivityFields on GrantActivity {\n    id\n    type\n    at\n    actorName\n    installationNumber\n    referenceMonths\n    protocolNumber\n    serviceRequest {\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment GrantActivityFields on GrantActivity {\n    id\n    type\n    at\n    actorName\n    installationNumber\n    referenceMonths\n    protocolNumber\n    serviceRequest {\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantActivity($grantId: ID!, $first: Int, $after: String) {\n    grantActivity(grantId: $grantId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GrantActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantActivity($grantId: ID!, $first: Int, $after: String) {\n    grantActivity(grantId: $grantId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...GrantActivityFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GrantActivityAdded($grantId: ID) {\n    grantActivityAdded(grantId: $grantId) {\n      ...GrantActivityFields\n    }\n  }\n"): (typeof documents)["\n  subscription GrantActivityAdded($grantId: ID) {\n    grantActivityAdded(grantId: $grantId) {\n      ...GrantActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceRequestAdded($installationNumber: String!) {\n    serviceRequestAdded(installationNumber: $installationNumber) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  subscription ServiceRequestAdded($installationNumber: String!) {\n    serviceRequestAdded(installationNumber: $installationNumber) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessPartners {\n    businessPartners(profile: LOW_VOLTAGE) {\n      id\n      number\n      name\n      document\n      documentKind\n      installationCount\n      activeInstallationCount\n    }\n  }\n"): (typeof documents)["\n  query BusinessPartners {\n    businessPartners(profile: LOW_VOLTAGE) {\n      id\n      number\n      name\n      document\n      documentKind\n      installationCount\n      activeInstallationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Installations(\n    $businessPartnerId: ID\n    $search: String\n    $status: InstallationStatus\n    $first: Int\n    $after: String\n  ) {\n    installations(\n      businessPartnerId: $businessPartnerId\n      search: $search\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          street\n          streetNumber\n          complement\n          district\n          city\n          state\n          postalCode\n          status\n          customerClass\n          businessPartner {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Installations(\n    $businessPartnerId: ID\n    $search: String\n    $status: InstallationStatus\n    $first: Int\n    $after: String\n  ) {\n    installations(\n      businessPartnerId: $businessPartnerId\n      search: $search\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          number\n          street\n          streetNumber\n          complement\n          district\n          city\n          state\n          postalCode\n          status\n          customerClass\n          businessPartner {\n            id\n            name\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {\n    checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {\n      number\n      result\n    }\n  }\n"): (typeof documents)["\n  query CheckInstallations($businessPartnerId: ID!, $numbers: [String!]!) {\n    checkInstallations(businessPartnerId: $businessPartnerId, numbers: $numbers) {\n      number\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessGrantFields on AccessGrant {\n    id\n    protocolNumber\n    status\n    viewerRole\n    scopes\n    businessPartner {\n      id\n      number\n      name\n    }\n    titular {\n      fullName\n    }\n    invitee {\n      fullName\n      cpf\n      email\n    }\n    installationCount\n    activeInstallationCount\n    createdAt\n    inviteExpiresAt\n    acceptedAt\n    endedAt\n    endReason\n    validUntil\n    canResend\n    canRevoke\n  }\n"): (typeof documents)["\n  fragment AccessGrantFields on AccessGrant {\n    id\n    protocolNumber\n    status\n    viewerRole\n    scopes\n    businessPartner {\n      id\n      number\n      name\n    }\n    titular {\n      fullName\n    }\n    invitee {\n      fullName\n      cpf\n      email\n    }\n    installationCount\n    activeInstallationCount\n    createdAt\n    inviteExpiresAt\n    acceptedAt\n    endedAt\n    endReason\n    validUntil\n    canResend\n    canRevoke\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessInvite($token: String!) {\n    accessInvite(token: $token) {\n      status\n      expiresAt\n      titularFirstName\n      businessPartnerName\n      installationCount\n      scopes\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  query AccessInvite($token: String!) {\n    accessInvite(token: $token) {\n      status\n      expiresAt\n      titularFirstName\n      businessPartnerName\n      installationCount\n      scopes\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAccessInviteViewed($token: String!) {\n    markAccessInviteViewed(token: $token)\n  }\n"): (typeof documents)["\n  mutation MarkAccessInviteViewed($token: String!) {\n    markAccessInviteViewed(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {\n    acceptAccessInvite(input: $input) {\n      ...AccessGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAccessInvite($input: AcceptAccessInviteInput!) {\n    acceptAccessInvite(input: $input) {\n      ...AccessGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAccessInvite($token: String!) {\n    declineAccessInvite(token: $token)\n  }\n"): (typeof documents)["\n  mutation DeclineAccessInvite($token: String!) {\n    declineAccessInvite(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {\n    revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {\n      ...AccessGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessGrant($id: ID!, $installationNumbers: [String!]) {\n    revokeAccessGrant(id: $id, installationNumbers: $installationNumbers) {\n      ...AccessGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {\n    changeAccessGrantValidity(id: $id, validUntil: $validUntil) {\n      ...AccessGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAccessGrantValidity($id: ID!, $validUntil: DateTimeISO) {\n    changeAccessGrantValidity(id: $id, validUntil: $validUntil) {\n      ...AccessGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendAccessInvite($id: ID!) {\n    resendAccessInvite(id: $id) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendAccessInvite($id: ID!) {\n    resendAccessInvite(id: $id) {\n      inviteUrl\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenounceAccessGrant($id: ID!) {\n    renounceAccessGrant(id: $id) {\n      ...AccessGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenounceAccessGrant($id: ID!) {\n    renounceAccessGrant(id: $id) {\n      ...AccessGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessGrantConnectionFields on AccessGrantConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AccessGrantFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AccessGrantConnectionFields on AccessGrantConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AccessGrantFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsGiven(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n"): (typeof documents)["\n  query AccessGrantsGiven($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsGiven(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsReceived(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n"): (typeof documents)["\n  query AccessGrantsReceived($status: [AccessGrantStatus!], $first: Int, $after: String) {\n    accessGrantsReceived(status: $status, first: $first, after: $after) {\n      ...AccessGrantConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {\n    accessGrant(id: $id) {\n      id\n      installations(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            number\n            street\n            streetNumber\n            district\n            city\n            state\n            status\n            revokedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessGrantInstallations($id: ID!, $first: Int, $after: String) {\n    accessGrant(id: $id) {\n      id\n      installations(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            number\n            street\n            streetNumber\n            district\n            city\n            state\n            status\n            revokedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessGrantChanged($after: String) {\n    accessGrantChanged(after: $after) {\n      grantId\n      change\n      status\n      at\n      cursor\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AccessGrantChanged($after: String) {\n    accessGrantChanged(after: $after) {\n      grantId\n      change\n      status\n      at\n      cursor\n      grant {\n        ...AccessGrantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {\n    narrowAccessGrantScopes(id: $id, scopes: $scopes) {\n      ...AccessGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation NarrowAccessGrantScopes($id: ID!, $scopes: [AccessGrantScope!]!) {\n    narrowAccessGrantScopes(id: $id, scopes: $scopes) {\n      ...AccessGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyProtocol($code: String!) {\n    verifyProtocol(code: $code) {\n      protocolNumber\n      status\n      createdAt\n      acceptedAt\n      endedAt\n      inviteExpiresAt\n      installationCount\n    }\n  }\n"): (typeof documents)["\n  query VerifyProtocol($code: String!) {\n    verifyProtocol(code: $code) {\n      protocolNumber\n      status\n      createdAt\n      acceptedAt\n      endedAt\n      inviteExpiresAt\n      installationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingBusinessPartners {\n    pendingBusinessPartners {\n      id\n      maskedNumber\n      displayName\n      documentKind\n      contactEmailHint\n      canUseCustomerCode\n    }\n  }\n"): (typeof documents)["\n  query PendingBusinessPartners {\n    pendingBusinessPartners {\n      id\n      maskedNumber\n      displayName\n      documentKind\n      contactEmailHint\n      canUseCustomerCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTitularityCode($businessPartnerId: ID!) {\n    requestTitularityCode(businessPartnerId: $businessPartnerId) {\n      destination\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTitularityCode($businessPartnerId: ID!) {\n    requestTitularityCode(businessPartnerId: $businessPartnerId) {\n      destination\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTitularity($input: ConfirmTitularityInput!) {\n    confirmTitularity(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTitularity($input: ConfirmTitularityInput!) {\n    confirmTitularity(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {\n    requestCpfReclaimCode(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestCpfReclaimCode($input: RequestCpfReclaimCodeInput!) {\n    requestCpfReclaimCode(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReclaimCpf($input: ReclaimCpfInput!) {\n    reclaimCpf(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReclaimCpf($input: ReclaimCpfInput!) {\n    reclaimCpf(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;