// One row of a grant's "Atividade" (GrantActivity.svelte); in a .ts file so plain modules can name it.
export interface ActivityRow {
  id: string;
  kind: string;
  at: string;
  actorName: string;
  installationNumber: string | null;
  /** Reference months (`YYYY-MM`) of the bills concerned. */
  referenceMonths?: string[];
  /** The service request's protocol and type for SERVICE_REQUESTED. */
  requestProtocolNumber?: string | null;
  requestType?: string | null;
}
