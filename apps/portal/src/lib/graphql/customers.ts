// The typed documents of customers.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { BusinessPartnersDocument as BusinessPartnersQuery } from './generated/documents/BusinessPartners.ts';
export { InstallationsDocument as InstallationsQuery } from './generated/documents/Installations.ts';
export { CheckInstallationsDocument as CheckInstallationsQuery } from './generated/documents/CheckInstallations.ts';
