// The portal's configuration: every environment variable it reads, parsed once with zod, every bad
// one listed. Used by server.js (production), vite.config.ts (the dev proxy) and the server code.
// server.js imports this file as TypeScript: Node 24 strips the types, so it uses erasable syntax only
// (no enums, no parameter properties), like scripts/start.ts.
import { DISTRIBUTOR_NAME_DEFAULT, PRODUCT_NAME_DEFAULT } from '@delega/shared/brand';
import { INVITE_TTL_HOURS_DEFAULT } from '@delega/shared/invites';
import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './client-address.ts';

const httpUrl = z.url({ protocol: /^https?$/ });
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Where the GraphQL API listens: the server calls it directly and proxies the browser to it. */
    API_URL: httpUrl.default('http://localhost:4000'),
    /** Public URL of the portal (as the API's PORTAL_URL): an https URL makes the session cookie Secure. */
    PORTAL_URL: httpUrl.default('http://localhost:3000'),
    /** The API's invite validity, so every page states the same one. */
    INVITE_TTL_HOURS: z.coerce.number().positive().default(INVITE_TTL_HOURS_DEFAULT),
    /**
     * Our own reverse proxies in front of the portal (addresses or CIDR ranges, comma-separated). Only
     * then is a forwarding header believed, and only the hops they added. Default: none (the socket's
     * peer is the browser).
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean),
      )
      .superRefine((entries, ctx) => {
        for (const problem of parseTrustedProxies(entries).problems)
          ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** The header those proxies write: `forwarded` (RFC 7239, carries the port) or `x-forwarded-for`. */
    TRUSTED_PROXY_HEADER: z.enum(['forwarded', 'x-forwarded-for']).default('forwarded'),
    /** The product's name as customers read it (page titles, footer). */
    PRODUCT_NAME: z.string().trim().min(1).max(60).default(PRODUCT_NAME_DEFAULT),
    /** The distributor's name as the seed's texts say it ("site da CPFL"). */
    DISTRIBUTOR_NAME: z.string().trim().min(1).max(60).default(DISTRIBUTOR_NAME_DEFAULT),
    /** The support phone shown in the footer; none shown when unset (never a placeholder number). */
    SUPPORT_PHONE: z
      .string()
      .trim()
      .regex(/^[\d ()+-]{8,20}$/, 'digits, spaces, parentheses, + or - (8 to 20 characters)')
      .optional(),
    /** Development switches, as the API's: DELEGA_DEV=1 (`pnpm start`, `vite dev`) unless DEV_MAILBOX says otherwise. */
    DELEGA_DEV: bool.default(false),
    /** The development mailbox page and its proxy. Never in production. */
    DEV_MAILBOX: bool.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && e.DEV_MAILBOX)
      ctx.addIssue({ code: 'custom', path: ['DEV_MAILBOX'], message: 'not allowed in production' });
  });

export interface PortalConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** API_URL without a trailing slash. */
  apiUrl: string;
  portalUrl: string;
  /** The protocol browsers use to reach the portal (SvelteKit's CSRF check compares origins with it). */
  publicProtocol: 'http' | 'https';
  secureCookies: boolean;
  /** The development mailbox (page and proxy): only when asked for, never in production. */
  mailboxEnabled: boolean;
  inviteTtlHours: number;
  /** Whose forwarding headers are believed (TRUSTED_PROXIES, TRUSTED_PROXY_HEADER). */
  trustedProxies: TrustedProxies;
  /** NODE_ENV=production: HSTS (the public URL is https there). */
  production: boolean;
  /** PRODUCT_NAME, DISTRIBUTOR_NAME and SUPPORT_PHONE (null: no phone shown). */
  brand: { product: string; distributor: string; supportPhone: string | null };
}

export class PortalConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid portal configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PortalConfigError';
    this.problems = problems;
  }
}

/** Parses an environment; throws PortalConfigError naming every bad variable. Empty counts as unset. */
export function loadPortalConfig(env: Record<string, string | undefined> = process.env): PortalConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    throw new PortalConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicProtocol = new URL(e.PORTAL_URL).protocol === 'https:' ? 'https' : 'http';
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    apiUrl: e.API_URL.replace(/\/+$/, ''),
    portalUrl: e.PORTAL_URL,
    publicProtocol,
    secureCookies: publicProtocol === 'https',
    mailboxEnabled: e.NODE_ENV !== 'production' && (e.DEV_MAILBOX ?? e.DELEGA_DEV),
    inviteTtlHours: e.INVITE_TTL_HOURS,
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES, e.TRUSTED_PROXY_HEADER).proxies,
    production: e.NODE_ENV === 'production',
    brand: {
      product: e.PRODUCT_NAME,
      distributor: e.DISTRIBUTOR_NAME,
      supportPhone: e.SUPPORT_PHONE ?? null,
    },
  };
}

let current: PortalConfig | undefined;

/** This process's configuration, parsed on first use. */
export function portalConfig(): PortalConfig {
  current ??= loadPortalConfig();
  return current;
}

export const SESSION_COOKIE = 'delega_session';
