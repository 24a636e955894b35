// The typed documents of acting.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { InstallationDocument as InstallationQuery } from './generated/documents/Installation.ts';
export { BillsDocument as BillsQuery } from './generated/documents/Bills.ts';
export { ConsumptionDocument as ConsumptionQuery } from './generated/documents/Consumption.ts';
export { ServiceRequestsDocument as ServiceRequestsQuery } from './generated/documents/ServiceRequests.ts';
export { RequestServiceDocument as RequestServiceMutation } from './generated/documents/RequestService.ts';
export { GrantActivityDocument as GrantActivityQuery } from './generated/documents/GrantActivity.ts';
export { GrantActivityAddedDocument as GrantActivityAddedSubscription } from './generated/documents/GrantActivityAdded.ts';
export { ServiceRequestAddedDocument as ServiceRequestAddedSubscription } from './generated/documents/ServiceRequestAdded.ts';
