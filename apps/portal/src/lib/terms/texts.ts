// The text of each version of both terms (see versions.ts; a version without its text fails a test).
import type { Component } from 'svelte';
import PermissionTerms2026_07 from './PermissionTerms2026_07.svelte';
import PlatformTerms2026_03 from './PlatformTerms2026_03.svelte';
import { TERMS_VERSIONS, type TermsKind } from './versions.ts';

const TEXTS: Record<TermsKind, Record<string, Component>> = {
  'permissao-de-acesso': { '2026-07': PermissionTerms2026_07 },
  'uso-das-plataformas': { '2026-03': PlatformTerms2026_03 },
};

/** The version's text, or null for a version that does not exist. */
export function termsText(kind: TermsKind, version: string): Component | null {
  return TERMS_VERSIONS[kind].includes(version) ? (TEXTS[kind][version] ?? null) : null;
}
