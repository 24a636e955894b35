// The typed documents of accounts.graphql under the names the pages use (generated: one module each,
// ./generated/documents), so a page bundles only the documents it imports.
export { MeDocument as MeQuery } from './generated/documents/Me.ts';
export { SignInDocument as SignInMutation } from './generated/documents/SignIn.ts';
export { SignUpDocument as SignUpMutation } from './generated/documents/SignUp.ts';
export { SignOutDocument as SignOutMutation } from './generated/documents/SignOut.ts';
export { VerifyEmailDocument as VerifyEmailMutation } from './generated/documents/VerifyEmail.ts';
export { RequestEmailVerificationDocument as RequestEmailVerificationMutation } from './generated/documents/RequestEmailVerification.ts';
export { RequestPasswordResetDocument as RequestPasswordResetMutation } from './generated/documents/RequestPasswordReset.ts';
export { ResetPasswordDocument as ResetPasswordMutation } from './generated/documents/ResetPassword.ts';
