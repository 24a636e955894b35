// Server-only settings, read once from the environment (adapter-node and `vite dev` both run on Node).

/** Where the GraphQL API listens; the portal's server calls it directly and proxies the browser to it. */
export const API_URL = (process.env.API_URL ?? 'http://localhost:4000').replace(/\/+$/, '');

/** Public URL of the portal; an https URL makes the session cookie Secure. */
export const PORTAL_URL = process.env.PORTAL_URL ?? '';

export const SECURE_COOKIES = PORTAL_URL.startsWith('https:');

/** The development mailbox page exists unless NODE_ENV=production. */
export const MAILBOX_ENABLED = process.env.NODE_ENV !== 'production';

export const SESSION_COOKIE = 'delega_session';
