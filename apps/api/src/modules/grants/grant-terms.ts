/** Versions of the terms recorded with each grant: one place for API and portal (@delega/shared). */
export { PERMISSION_TERMS_VERSION, PLATFORM_TERMS_VERSION } from '@delega/shared/invites';
