// The typed documents of protocol.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { VerifyProtocolDocument as VerifyProtocolQuery } from './generated/documents/VerifyProtocol.ts';
