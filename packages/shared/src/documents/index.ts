export type { Rng } from './chars.ts';
export {
  CPF_LENGTH,
  cpfCheckDigits,
  formatCpf,
  generateCpf,
  isValidCpf,
  maskCpf,
  normalizeCpf,
} from './cpf.ts';
export {
  CNPJ_LENGTH,
  cnpjCheckDigits,
  formatCnpj,
  generateCnpj,
  isValidCnpj,
  maskCnpj,
  normalizeCnpj,
} from './cnpj.ts';
export {
  detectDocumentKind,
  formatDocument,
  isValidDocument,
  maskDocument,
  type DocumentKind,
} from './document.ts';
