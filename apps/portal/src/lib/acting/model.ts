// How the viewer holds an installation, as the installation pages read it: their own (titular), or
// through an active grant (invitee) with its protocol, the titular's name and what the grant covers.

export type Viewer = 'TITULAR' | 'INVITEE';

export interface InstallationSummary {
  id: string;
  number: string;
  street: string;
  streetNumber?: string | null;
  complement?: string | null;
  district?: string | null;
  city: string;
  state: string;
  postalCode?: string | null;
  status: string;
  customerClass?: string | null;
  businessPartner: { id: string; name: string; number: string };
}

export interface ActingGrant {
  id: string;
  protocolNumber: string;
  titularName: string;
  scopes: string[];
}

export interface InstallationAccess {
  viewer: Viewer;
  /** Set for an invitee: the grant they act through. */
  grant: ActingGrant | null;
}

/** What the viewer may use on this installation: the titular everything, an invitee what the grant covers. */
export function can(access: InstallationAccess, scope: 'VIEW_BILLS' | 'REQUEST_SERVICES'): boolean {
  return access.viewer === 'TITULAR' || !!access.grant?.scopes.includes(scope);
}
