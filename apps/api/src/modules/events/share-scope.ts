// What a subscription's results depend on besides the person and the operation: the viewer as read
// when it started (their CPF and the partners they are titular of). Tabs share an event's execution
// (app/shared-execution.ts) only when it is the same, so a tab opened after a titularity proof never
// gets the view of an older tab. In memory only, never logged.

const scopes = new WeakMap<object, string>();

export function setShareScope(context: object, scope: string): void {
  scopes.set(context, scope);
}

export function shareScopeOf(context: object): string {
  return scopes.get(context) ?? '';
}
