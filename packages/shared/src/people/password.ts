// The part of the password policy the portal can check as the person types: length only. The API
// adds what needs its lists and the account (common passwords, the account's own e-mail or CPF).
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits.ts';
import { PASSWORD_MESSAGES } from './messages.ts';
import { accept, refuse, type RuleResult } from './rule.ts';

/** Checks a new password's length in characters (code points); the password as typed, or the message. */
export function checkPasswordLength(password: string): RuleResult {
  if (!password) return refuse(PASSWORD_MESSAGES.required);
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return refuse(PASSWORD_MESSAGES.tooShort);
  if (length > PASSWORD_MAX_LENGTH) return refuse(PASSWORD_MESSAGES.tooLong);
  return accept(password);
}
