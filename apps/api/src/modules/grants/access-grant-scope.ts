// What a grant lets the invitee do ("O que a pessoa poderá fazer"), chosen by the titular in the
// invitee step, both by default; the titular may later only narrow it.

/** One thing a grant covers. Stored on the grant (`access_grant.scopes`, text[]). */
export enum AccessGrantScope {
  /** "Consultar contas e consumo": bills (list and PDF) and the consumption history. */
  VIEW_BILLS = 'VIEW_BILLS',
  /** "Fazer solicitações": service requests (due-date change, power outage) and their list. */
  REQUEST_SERVICES = 'REQUEST_SERVICES',
}

/** Every scope, in the order customers read them; a new grant's default. */
export const ALL_SCOPES: readonly AccessGrantScope[] = [
  AccessGrantScope.VIEW_BILLS,
  AccessGrantScope.REQUEST_SERVICES,
];

/** As the titular and the invitee read them (invite page, e-mail, PDF). */
export const SCOPE_LABELS: Record<AccessGrantScope, string> = {
  [AccessGrantScope.VIEW_BILLS]: 'Consultar contas e consumo',
  [AccessGrantScope.REQUEST_SERVICES]: 'Fazer solicitações',
};

/** The SQL literal of the default (`'{VIEW_BILLS,REQUEST_SERVICES}'`). */
export const ALL_SCOPES_SQL = `'{${ALL_SCOPES.join(',')}}'`;

/** Distinct known scopes in the canonical order; unknown values are dropped. */
export function canonicalScopes(scopes: readonly string[] | null | undefined): AccessGrantScope[] {
  const set = new Set(scopes ?? []);
  return ALL_SCOPES.filter((s) => set.has(s));
}

/** The scopes as one pt-BR line: "Consultar contas e consumo e Fazer solicitações". */
export function scopesText(scopes: readonly AccessGrantScope[]): string {
  const labels = canonicalScopes(scopes).map((s) => SCOPE_LABELS[s]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} e ${labels.at(-1)}`;
}
