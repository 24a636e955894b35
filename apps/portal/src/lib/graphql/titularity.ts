// The typed documents of titularity.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { PendingBusinessPartnersDocument as PendingBusinessPartnersQuery } from './generated/documents/PendingBusinessPartners.ts';
export { RequestTitularityCodeDocument as RequestTitularityCodeMutation } from './generated/documents/RequestTitularityCode.ts';
export { ConfirmTitularityDocument as ConfirmTitularityMutation } from './generated/documents/ConfirmTitularity.ts';
export { RequestCpfReclaimCodeDocument as RequestCpfReclaimCodeMutation } from './generated/documents/RequestCpfReclaimCode.ts';
export { ReclaimCpfDocument as ReclaimCpfMutation } from './generated/documents/ReclaimCpf.ts';
