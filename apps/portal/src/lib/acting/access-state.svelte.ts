// The open installation's access, shared by its layout and pages: when the invitee's grant stops
// covering it, every page disables its actions at once.
import { getContext, setContext } from 'svelte';
import type { InstallationAccess } from './model.ts';

const KEY = Symbol('installation-access');

export class AccessState {
  /** Why the access ended (pt-BR), or null while it lasts. */
  ended = $state<string | null>(null);
  access = $state<InstallationAccess>({ viewer: 'TITULAR', grant: null });

  constructor(access: InstallationAccess) {
    this.access = access;
  }
}

export function provideAccessState(state: AccessState): AccessState {
  return setContext(KEY, state);
}

export function useAccessState(): AccessState {
  const state = getContext<AccessState | undefined>(KEY);
  if (!state) throw new Error('useAccessState outside an installation page');
  return state;
}
