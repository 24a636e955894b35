export {
  ERROR_CODES,
  GRAPHQL_DOCUMENT_ERROR_CODES,
  isErrorCode,
  type ErrorCode,
  type GraphQLDocumentErrorCode,
} from './codes.ts';
