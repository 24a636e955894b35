// Rules for what people type about a person (name, CPF, e-mail, password length): one answer, one
// Portuguese message, for the API's sign-up and invites and the portal's forms alike.
export { checkCpf } from './cpf.ts';
export { checkEmail, normalizeEmail } from './email.ts';
export {
  EMAIL_LOCAL_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
} from './limits.ts';
export { CPF_MESSAGES, EMAIL_MESSAGES, PASSWORD_MESSAGES, PERSON_NAME_MESSAGES } from './messages.ts';
export { checkPasswordLength } from './password.ts';
export { checkPersonName, comparablePersonName, firstName, normalizePersonName } from './person-name.ts';
export { problemOf, type RuleResult } from './rule.ts';
