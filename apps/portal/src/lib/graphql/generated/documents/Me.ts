/* eslint-disable */
import type { MeQuery, MeQueryVariables, TypedDocumentString } from '../graphql.ts';

export const MeDocument = "query Me{me{id fullName cpf email emailVerified}}" as unknown as TypedDocumentString<
  MeQuery,
  MeQueryVariables
>;
