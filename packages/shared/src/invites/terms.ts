// The versions of the two terms people accept, in one place for the API (recorded with each grant,
// printed on the protocol) and the portal (each version readable at /termos/<termo>/<versão>, the
// current one also at today's address). Oldest first; the last is the current one. Bump here (and
// add the version's text to the portal) when a legal text changes.

/** Termos da Permissão de Acesso (the titular's and the invitee's). */
export const PERMISSION_TERMS_VERSIONS = ['2026-07'] as const;

/** Termos de Uso das Plataformas (the invitee's). */
export const PLATFORM_TERMS_VERSIONS = ['2026-03'] as const;

export type PermissionTermsVersion = (typeof PERMISSION_TERMS_VERSIONS)[number];
export type PlatformTermsVersion = (typeof PLATFORM_TERMS_VERSIONS)[number];

export const PERMISSION_TERMS_VERSION: PermissionTermsVersion = PERMISSION_TERMS_VERSIONS.at(-1)!;
export const PLATFORM_TERMS_VERSION: PlatformTermsVersion = PLATFORM_TERMS_VERSIONS.at(-1)!;
