// The demo accounts' CPFs, in a file with plain data only: the seed uses them, and `pnpm start`
// (scripts/start.ts, run with Node's type stripping) prints them, since inviting the demo invitee
// needs its CPF.
export const DEMO_CPFS = {
  'titular@delega.dev': '91871688124',
  'unica@delega.dev': '24575462497',
  'convidado@delega.dev': '59623523351',
} as const;

/** `91871688124` → `918.716.881-24`. */
export function demoCpfText(digits: string): string {
  return digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}
