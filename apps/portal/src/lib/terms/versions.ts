// Every version of both terms, each readable at its own address (/termos/<termo>/<versão>); the
// current one (the last in @delega/shared's lists) also at today's address. Texts: texts.ts.
import {
  PERMISSION_TERMS_VERSION,
  PERMISSION_TERMS_VERSIONS,
  PLATFORM_TERMS_VERSION,
  PLATFORM_TERMS_VERSIONS,
} from '@delega/shared/invites';

export type TermsKind = 'permissao-de-acesso' | 'uso-das-plataformas';

export const TERMS_VERSIONS: Record<TermsKind, readonly string[]> = {
  'permissao-de-acesso': PERMISSION_TERMS_VERSIONS,
  'uso-das-plataformas': PLATFORM_TERMS_VERSIONS,
};

export const CURRENT_TERMS: Record<TermsKind, string> = {
  'permissao-de-acesso': PERMISSION_TERMS_VERSION,
  'uso-das-plataformas': PLATFORM_TERMS_VERSION,
};

/** The file holding a version's text: `PermissionTerms2026_07.svelte`. */
export function termsFileName(kind: TermsKind, version: string): string {
  return `${kind === 'permissao-de-acesso' ? 'PermissionTerms' : 'PlatformTerms'}${version.replace('-', '_')}.svelte`;
}
