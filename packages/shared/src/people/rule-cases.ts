// One table of inputs and answers for the person rules. The shared unit tests, the API's (sign-up and
// invitee) and the portal's run every row, so the same input gets the same answer everywhere.
// A row has `value` (accepted, normalised like this) or `message` (refused with exactly this text).
import { CPF_MESSAGES, EMAIL_MESSAGES, PERSON_NAME_MESSAGES } from './messages.ts';

export interface RuleCase {
  input: string;
  value?: string;
  message?: string;
}

const ok = (input: string, value = input): RuleCase => ({ input, value });
const no = (input: string, message: string): RuleCase => ({ input, message });

export const PERSON_NAME_CASES: readonly RuleCase[] = [
  ok('Ana Souza'),
  ok('  José\u00a0 da   Silva ', 'José da Silva'),
  ok('Jose\u0301 Silva', 'José Silva'), // a decomposed accent is stored composed
  ok("Maria D'Ávila"),
  ok('Maria D’Ávila', "Maria D'Ávila"),
  ok('Maria D´Ávila', "Maria D'Ávila"),
  ok('Ana-Maria Conceição'),
  ok('Zoë Ñandú Øster'),
  ok(`Ana ${'a'.repeat(196)}`), // 200 characters
  no('', PERSON_NAME_MESSAGES.required),
  no('   ', PERSON_NAME_MESSAGES.required),
  no('Madonna', PERSON_NAME_MESSAGES.surname),
  no(`Ana ${'a'.repeat(197)}`, PERSON_NAME_MESSAGES.tooLong),
  no('Ana Souza!', PERSON_NAME_MESSAGES.characters),
  no('Ana Souza: pague sua conta em https://evil.example/boleto', PERSON_NAME_MESSAGES.characters),
  no('Ana evil.example', PERSON_NAME_MESSAGES.characters),
  no('Ana Souza 2', PERSON_NAME_MESSAGES.characters),
  no('R2D2 Silva', PERSON_NAME_MESSAGES.characters),
  no('João Pedro Souza Jr.', PERSON_NAME_MESSAGES.characters),
  no('Ana <b>Souza</b>', PERSON_NAME_MESSAGES.characters),
  no('Ana Souza/Lima', PERSON_NAME_MESSAGES.characters),
  no('Ana @souza', PERSON_NAME_MESSAGES.characters),
  no("Ana '", PERSON_NAME_MESSAGES.characters),
  no('Ana --Souza', PERSON_NAME_MESSAGES.characters),
  no('Ana Souza-', PERSON_NAME_MESSAGES.characters),
  no('Ana Sou\u200bza', PERSON_NAME_MESSAGES.characters), // zero-width space
  no('Аna Souza', PERSON_NAME_MESSAGES.characters), // Cyrillic А
];

export const EMAIL_CASES: readonly RuleCase[] = [
  ok('maria@exemplo.com.br'),
  ok('  Maria.Silva@Exemplo.COM.br ', 'maria.silva@exemplo.com.br'),
  ok('maria.silva+portal@sub.exemplo.com'),
  ok("o'neil@exemplo.io"),
  ok('ana@xn--caf-dma.com.br'), // an internationalised domain in its ASCII form
  ok(`${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`), // 254 characters
  no('', EMAIL_MESSAGES.required),
  no('joão@exemplo.com', EMAIL_MESSAGES.nonAscii),
  no('ana@café.com.br', EMAIL_MESSAGES.nonAscii),
  no('maria', EMAIL_MESSAGES.invalid),
  no('maria@', EMAIL_MESSAGES.invalid),
  no('@exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria@exemplo', EMAIL_MESSAGES.invalid),
  no('ma ria@exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria..silva@exemplo.com', EMAIL_MESSAGES.invalid),
  no('.maria@exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria.@exemplo.com', EMAIL_MESSAGES.invalid),
  no('"maria"@exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria@-exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria@exemplo.c0m', EMAIL_MESSAGES.invalid),
  no('maria@@exemplo.com', EMAIL_MESSAGES.invalid),
  no('maria@[127.0.0.1]', EMAIL_MESSAGES.invalid),
  no(`${'a'.repeat(65)}@exemplo.com`, EMAIL_MESSAGES.invalid),
  no(
    `${'a'.repeat(10)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`,
    EMAIL_MESSAGES.tooLong,
  ),
];

export const CPF_CASES: readonly RuleCase[] = [
  ok('529.982.247-25', '52998224725'),
  ok(' 52998224725 ', '52998224725'),
  no('', CPF_MESSAGES.required),
  no('5299822472', CPF_MESSAGES.length),
  no('529.982.247', CPF_MESSAGES.length),
  no('529.982.247-2a', CPF_MESSAGES.length),
  no('529.982.247-26', CPF_MESSAGES.invalid),
  no('111.111.111-11', CPF_MESSAGES.invalid),
  no('123.456.789-00', CPF_MESSAGES.invalid),
];
