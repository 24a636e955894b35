// The CPF rule for people's forms, on top of the documents module's check digits.
import { CPF_LENGTH, isValidCpf, normalizeCpf } from '../documents/cpf.ts';
import { CPF_MESSAGES } from './messages.ts';
import { accept, refuse, type RuleResult } from './rule.ts';

/** Checks a CPF typed formatted (529.982.247-25) or not; its 11 digits, or the message. */
export function checkCpf(raw: string): RuleResult {
  const trimmed = raw.trim();
  if (!trimmed) return refuse(CPF_MESSAGES.required);
  const digits = normalizeCpf(trimmed);
  if (digits === null || digits.length !== CPF_LENGTH) return refuse(CPF_MESSAGES.length);
  if (!isValidCpf(digits)) return refuse(CPF_MESSAGES.invalid);
  return accept(digits);
}
