// The "Conceder acesso" wizard's state, kept in sessionStorage so a reload (or a visit to the terms
// pages) does not lose what was typed. One key per signed-in user.
import type { AccessGrantFieldsFragment, AccessGrantScope } from '../graphql/generated/graphql.ts';

/** The seed's screens: profile, partner and ciência are one (1º–4º), then installations, invitee, sent. */
export const STEPS = [
  'Selecione seu perfil',
  'Selecione sua instalação',
  'Insira os dados do usuário convidado',
  'Convite enviado',
] as const;

export interface RefusedRow {
  /** Spreadsheet row, when the refusal came from reading the file. */
  row: number | null;
  value: string;
  reason: string;
}

export interface UploadSummary {
  fileName: string;
  totalRows: number;
  added: number;
  refused: RefusedRow[];
}

export interface WizardData {
  /** 2: four steps (profile and partner joined); a saved v1 wizard (five steps) is not restored. */
  v: 2;
  step: number;
  profile: 'LOW_VOLTAGE' | null;
  partnerId: string | null;
  consent: boolean;
  selectAll: boolean;
  selected: string[];
  upload: UploadSummary | null;
  invitee: { fullName: string; cpf: string; email: string };
  acceptTerms: boolean;
  /** "O que a pessoa poderá fazer": AccessGrantScope values, both by default. */
  scopes: AccessGrantScope[];
  /** "Prazo da permissão": until revoked, or until the end of `validUntilDate` (yyyy-mm-dd). */
  validity: 'UNTIL_REVOKED' | 'UNTIL_DATE';
  validUntilDate: string;
  idempotencyKey: string;
  result: { grant: AccessGrantFieldsFragment; inviteUrl: string | null } | null;
}

export function emptyWizard(): WizardData {
  return {
    v: 2,
    step: 0,
    profile: null,
    partnerId: null,
    consent: false,
    selectAll: false,
    selected: [],
    upload: null,
    invitee: { fullName: '', cpf: '', email: '' },
    acceptTerms: false,
    scopes: ['VIEW_BILLS', 'REQUEST_SERVICES'],
    validity: 'UNTIL_REVOKED',
    validUntilDate: '',
    idempotencyKey: crypto.randomUUID(),
    result: null,
  };
}

export function storageKey(userId: string): string {
  return `delega:conceder-acesso:${userId}`;
}

export function loadWizard(userId: string): WizardData | null {
  try {
    const raw = sessionStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const data = JSON.parse(raw) as WizardData;
    if (data?.v !== 2 || typeof data.step !== 'number') return null;
    return { ...emptyWizard(), ...data };
  } catch {
    return null;
  }
}

export function saveWizard(userId: string, data: WizardData): void {
  try {
    sessionStorage.setItem(storageKey(userId), JSON.stringify(data));
  } catch {
    // Storage full or disabled: the wizard still works, only without surviving a reload.
  }
}

export function clearWizard(userId: string): void {
  try {
    sessionStorage.removeItem(storageKey(userId));
  } catch {
    /* ignore */
  }
}

/** Saves a file from bytes in the browser. */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function csvCell(value: string): string {
  // Formula neutralisation: values echo what the customer typed in the file.
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The refused rows for pt-BR Excel: UTF-8 with BOM, `;`, CRLF. */
export function refusedRowsCsv(rows: readonly RefusedRow[]): string {
  const lines = ['Linha;Instalação;Motivo'];
  for (const r of rows) lines.push(`${r.row ?? ''};${csvCell(r.value)};${csvCell(r.reason)}`);
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
