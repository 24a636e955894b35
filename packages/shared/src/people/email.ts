// The e-mail rule. A practical subset of RFC 5322 that every mail system delivers to:
// - the address is trimmed and lower-cased (we treat addresses as case-insensitive, as providers do);
// - local part: a dot-atom of ASCII atext (letters, digits, ! # $ % & ' * + / = ? ^ _ ` { | } ~ -),
//   no leading, trailing or double dot, at most 64 characters; no quoted strings, no comments;
// - domain: at least two dot-separated labels of letters, digits and inner hyphens (1–63 each), the
//   last one a letter TLD; no IP literals. Internationalised domains only in their ASCII form
//   (xn--…): a Unicode domain or an accented local part ("joão@…") is refused, because delivery to
//   them needs SMTPUTF8, which neither our mail provider nor every receiving server guarantees, and
//   because a look-alike Unicode domain would display as a trusted one;
// - at most 254 characters in all.
import { EMAIL_LOCAL_MAX_LENGTH, EMAIL_MAX_LENGTH } from './limits.ts';
import { EMAIL_MESSAGES } from './messages.ts';
import { accept, refuse, type RuleResult } from './rule.ts';

const ATEXT = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*$`);
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const TLD = '(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+${TLD}$`);

/** Trims and lower-cases (also for sign-in and look-ups, where the address is not checked). */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Checks an e-mail address; the normalised address, or the message. */
export function checkEmail(raw: string): RuleResult {
  const email = normalizeEmail(raw);
  if (!email) return refuse(EMAIL_MESSAGES.required);
  if (email.length > EMAIL_MAX_LENGTH) return refuse(EMAIL_MESSAGES.tooLong);
  if (/[^\p{ASCII}]/u.test(email)) return refuse(EMAIL_MESSAGES.nonAscii);
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > EMAIL_LOCAL_MAX_LENGTH || !LOCAL.test(local) || !DOMAIN.test(domain)) {
    return refuse(EMAIL_MESSAGES.invalid);
  }
  return accept(email);
}
