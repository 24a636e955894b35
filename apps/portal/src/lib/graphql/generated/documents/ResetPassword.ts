/* eslint-disable */
import type { ResetPasswordMutation, ResetPasswordMutationVariables, TypedDocumentString } from '../graphql.ts';

export const ResetPasswordDocument = "mutation ResetPassword($input:ResetPasswordInput!){resetPassword(input:$input)}" as unknown as TypedDocumentString<
  ResetPasswordMutation,
  ResetPasswordMutationVariables
>;
