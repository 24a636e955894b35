/** Versions of the terms recorded with each grant (bump when the legal text changes). */
export const PERMISSION_TERMS_VERSION = '2026-07';
export const PLATFORM_TERMS_VERSION = '2026-03';
