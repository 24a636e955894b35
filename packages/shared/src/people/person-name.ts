// The person-name rule (sign-up, the invitee of an invite, the portal's forms): letters of the Latin
// script with their accents, single spaces, apostrophes and hyphens inside words; at least two words.
// Deliberately strict: a name is printed in e-mails and PDFs, so digits, punctuation and anything that
// could carry a link or an instruction ("Ana: pague em https://…") are refused.
import { PERSON_NAME_MAX_LENGTH } from './limits.ts';
import { PERSON_NAME_MESSAGES } from './messages.ts';
import { accept, refuse, type RuleResult } from './rule.ts';

// Typographic apostrophes (’ ‘ ʼ and the acute accent often typed as one, "D´Ávila") become ', the
// Unicode hyphens become -, so one name is stored and compared one way.
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4]/gu;
const HYPHENS = /[\u2010\u2011]/gu;

/** Composes accents (NFC), unifies apostrophes and hyphens, collapses white space, trims. */
export function normalizePersonName(value: string): string {
  return value.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(/\s+/gu, ' ').trim();
}

// A letter: Latin script (CPF records are in Latin letters; this also keeps look-alike Cyrillic or
// Greek letters out), with at most two combining accents left after NFC.
const LETTER = String.raw`\p{Script=Latin}\p{M}{0,2}`;
// A word: letters, parts joined by one apostrophe or hyphen ("D'Ávila", "Ana-Maria").
const WORD = new RegExp(`^(?:${LETTER})+(?:['-](?:${LETTER})+)*$`, 'u');

/** Checks a full name; the normalised name, or the message. */
export function checkPersonName(raw: string): RuleResult {
  const name = normalizePersonName(raw);
  if (!name) return refuse(PERSON_NAME_MESSAGES.required);
  if ([...name].length > PERSON_NAME_MAX_LENGTH) return refuse(PERSON_NAME_MESSAGES.tooLong);
  const words = name.split(' ');
  if (!words.every((w) => WORD.test(w))) return refuse(PERSON_NAME_MESSAGES.characters);
  if (words.length < 2) return refuse(PERSON_NAME_MESSAGES.surname);
  return accept(name);
}

/** The name as compared when an invite is accepted: no accents, lower case ("JOSÉ  da Silva" = "jose da silva"). */
export function comparablePersonName(name: string): string {
  return normalizePersonName(name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The first word of a name ("Olá, Ana."; "Ana convidou você"): nothing else of the person. */
export function firstName(fullName: string): string {
  return normalizePersonName(fullName).split(' ')[0] ?? '';
}
