// What the "Solicitações" forms (ServiceRequestForms.svelte) send and get back; in a .ts file so the
// page's script sees real types.
export type RequestType = 'DUE_DATE_CHANGE' | 'POWER_OUTAGE';
export interface RequestInput {
  type: RequestType;
  dueDay: number | null;
  description: string | null;
  idempotencyKey: string;
}
export type RequestOutcome = { protocolNumber: string } | { error: string };
