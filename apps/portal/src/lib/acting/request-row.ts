// One row of an installation's requests (ServiceRequestList.svelte); in a .ts file so plain modules can name it.
export interface RequestRow {
  id: string;
  protocolNumber: string;
  type: string;
  status: string;
  requestedAt: string;
  dueDay?: number | null;
  description?: string | null;
  requesterName: string;
  /** Made by an invitee through a grant (null: the titular themself). */
  grantProtocolNumber: string | null;
  /** On whose behalf (the installation's titular). */
  onBehalfOf: string;
  /** The requester is the person looking at the list. */
  mine: boolean;
}
