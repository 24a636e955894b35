// Every message the person rules give, in one place: the API, the portal and their tests show these
// exact texts. Neutral wording ("o nome", not "seu nome"): the same field is filled in by a person
// registering and by a titular inviting someone else.
import {
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
} from './limits.ts';

export const PERSON_NAME_MESSAGES = {
  required: 'Informe o nome completo.',
  tooLong: `O nome pode ter no máximo ${PERSON_NAME_MAX_LENGTH} caracteres.`,
  characters: 'Use apenas letras, espaços, apóstrofo e hífen no nome.',
  surname: 'Informe o nome completo, com sobrenome.',
} as const;

export const EMAIL_MESSAGES = {
  required: 'Informe o e-mail.',
  tooLong: `O e-mail pode ter no máximo ${EMAIL_MAX_LENGTH} caracteres.`,
  invalid: 'E-mail inválido. Exemplo de e-mail válido: nome@exemplo.com.br.',
  nonAscii: 'E-mail inválido: não use acentos nem ç. Exemplo de e-mail válido: nome@exemplo.com.br.',
} as const;

export const CPF_MESSAGES = {
  required: 'Informe o CPF.',
  length: 'Informe os 11 números do CPF.',
  invalid: 'CPF inválido. Confira os números.',
} as const;

export const PASSWORD_MESSAGES = {
  required: 'Crie uma senha.',
  tooShort: `A senha precisa ter pelo menos ${PASSWORD_MIN_LENGTH} caracteres.`,
  tooLong: `A senha pode ter no máximo ${PASSWORD_MAX_LENGTH} caracteres.`,
} as const;
