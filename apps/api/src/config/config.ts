import path from 'node:path';
import { DISTRIBUTOR_NAME_DEFAULT, PRODUCT_NAME_DEFAULT, type Brand } from '@delega/shared/brand';
import { INVITE_TTL_HOURS_DEFAULT } from '@delega/shared/invites';
import { z } from 'zod';
import { parseProxyEntry, type ProxyTrust } from '../http/client-address.ts';
import {
  DEV_MAIL_KEYRING,
  DEV_MAIL_KEY_SECRET,
  mailKeyringProblem,
  parseMailKeyring,
  type MailKeyring,
} from './mail-keys.ts';

/** Repository root: `.data/` (embedded PostgreSQL, dev files) lives here. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const port = z.coerce.number().int().min(0).max(65535);

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    API_PORT: port.default(4000),
    /** Public URL of the portal: invite links and e-mail links are built from it, never from the Host header. */
    PORTAL_URL: z.url().default('http://localhost:3000'),
    /** Public URL of this API (QR codes of protocols point to the portal, this is for logs and e-mails). */
    API_PUBLIC_URL: z.url().default('http://localhost:4000'),
    /** Origins allowed to open WebSocket connections and send credentialed requests. Comma-separated. */
    ALLOWED_ORIGINS: z.string().default(''),
    /** When unset, an embedded PostgreSQL is started with its data in DATA_DIR. */
    DATABASE_URL: z.url().optional(),
    /**
     * A session-mode connection to the same database, for what needs a connection of its own:
     * the LISTEN connection, the job workers and migrations. Set it when DATABASE_URL points at
     * PgBouncer in transaction mode; defaults to DATABASE_URL.
     */
    DATABASE_SESSION_URL: z.url().optional(),
    /** A read replica; when set, the read-only access check for other teams is served from it. */
    DATABASE_REPLICA_URL: z.url().optional(),
    DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
    EMBEDDED_PG_PORT: port.default(54329),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * Hot reads (the access check) as named prepared statements, planned once per connection. Set
     * false behind PgBouncer < 1.21 in transaction mode, which cannot keep a statement per client.
     */
    DATABASE_PREPARED_STATEMENTS: bool.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .default(24 * 7),
    /** A session ends this long after sign-in however much it is used (its sliding expiry never passes it). */
    SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(30),
    /** How long an invite link stays valid; the portal reads the same variable (same default, from shared). */
    INVITE_TTL_HOURS: z.coerce.number().positive().default(INVITE_TTL_HOURS_DEFAULT),
    /** Invites (grantAccess + resendAccessInvite) one titular may send per hour. */
    INVITE_LIMIT_PER_TITULAR_HOUR: z.coerce.number().int().min(1).default(20),
    /** Invites one invitee e-mail address may receive per day, from anyone. */
    INVITE_LIMIT_PER_EMAIL_DAY: z.coerce.number().int().min(1).default(5),
    /** Accept (or decline) attempts per invite link per hour; an account may make three times as many. */
    INVITE_ANSWER_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /** Enables SendGrid delivery; without it mail goes to the local mailbox (development and tests only). */
    SENDGRID_API_KEY: z.string().min(1).optional(),
    /** Only for tests and staging: points @sendgrid/mail at another server speaking its v3 API. */
    SENDGRID_BASE_URL: z.url().optional(),
    /** The product's name in e-mails and PDFs; the portal reads the same variable (same default, from shared). */
    PRODUCT_NAME: z.string().trim().min(1).max(60).default(PRODUCT_NAME_DEFAULT),
    /** The distributor's name as the seed's texts say it ("site da CPFL"), in e-mails, terms and PDFs. */
    DISTRIBUTOR_NAME: z.string().trim().min(1).max(60).default(DISTRIBUTOR_NAME_DEFAULT),
    /** The support phone in e-mail footers; none shown when unset (never a placeholder number). */
    SUPPORT_PHONE: z
      .string()
      .trim()
      .regex(/^[\d ()+-]{8,20}$/, 'digits, spaces, parentheses, + or - (8 to 20 characters)')
      .optional(),
    MAIL_FROM_EMAIL: z.email().default('nao-responda@delega.dev'),
    MAIL_FROM_NAME: z.string().default('Delega – Portal do Cliente'),
    /** Mail delivery: first retry delay (doubles per attempt, with jitter), attempts before FAILED, poll period, SendGrid request timeout. */
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(15_000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    MAIL_POLL_MS: z.coerce.number().int().min(10).default(5_000),
    MAIL_SEND_TIMEOUT_MS: z.coerce.number().int().min(10).default(10_000),
    /** A send still unfinished after this lease (its worker was lost) is retried elsewhere; default 3 × MAIL_SEND_TIMEOUT_MS, at least 30 s. */
    MAIL_LEASE_MS: z.coerce.number().int().min(1000).optional(),
    /** Job system (pg-boss): how often expired leases are looked for and queue figures refreshed; its pool on the session-mode URL. */
    JOBS_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
    JOBS_POOL_MAX: z.coerce.number().int().min(2).max(50).default(4),
    /**
     * Keys sealing e-mail bodies at rest (AES-256-GCM): `id:base64-32-bytes`, comma-separated; the
     * first seals, all of them open (rotation: put the new key first, drop the old one once the
     * messages it sealed are delivered or past retention). Required in production; elsewhere a
     * well-known development key is used when a development switch is on or NODE_ENV=test.
     */
    MAIL_ENCRYPTION_KEYS: z
      .string()
      .optional()
      .superRefine((v, ctx) => {
        if (v === undefined) return;
        const problem = mailKeyringProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** Mail rows (metadata once delivered) are deleted this many days after they were queued. */
    MAIL_RETENTION_DAYS: z.coerce.number().positive().default(30),
    /** WebSocket connections one session may hold open in one API process (a portal tab needs one). */
    WS_MAX_CONNECTIONS_PER_SESSION: z.coerce.number().int().min(1).max(1000).default(10),
    /** Operations (subscriptions, queries) one WebSocket connection may run at once. */
    WS_MAX_OPERATIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1000).default(20),
    /** Run background workers (mail delivery, invite expiry) in this process. */
    WORKERS_ENABLED: bool.default(true),
    /**
     * Development switches, each off unless asked for. DELEGA_DEV=1 (what `pnpm start` and
     * `pnpm dev` set) turns on the three below unless one is set on its own.
     */
    DELEGA_DEV: bool.default(false),
    /** GET /dev/mailbox: every e-mail with its links (reset, verification, invite). Never with SendGrid or in production. */
    DEV_MAILBOX: bool.optional(),
    /** Demo accounts (public password) and data on an empty database. Never in production. */
    DEMO_SEED: bool.optional(),
    /** GraphQL introspection (and Apollo's landing page), over HTTP and WebSocket. */
    GRAPHQL_INTROSPECTION: bool.optional(),
    /**
     * Our own reverse proxies, whose X-Forwarded-For / Forwarded entries are believed: addresses or
     * CIDR blocks, comma-separated (`127.0.0.1,::1`, `10.0.0.0/8`). A request from any other peer is
     * taken at its socket address, whatever its headers say.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .superRefine((v, ctx) => {
        for (const entry of list(v)) {
          if (!parseProxyEntry(entry))
            ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR block: ${entry}` });
        }
      }),
    /** Or: this many hops (the direct peer first) are ours whatever their address. Only when the API is unreachable except through them. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Shorthand for TRUSTED_PROXIES=127.0.0.1,::1: the portal on the same host (as `pnpm start` runs it). */
    TRUST_PROXY: bool.default(false),
    /** Bearer token for GET /metrics. Without it the route is open only when a development switch is on (never in production), else off. */
    METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
    /** Operators (the `admin` role: service keys), by account e-mail, comma-separated; also `pnpm admin:grant <email>`. */
    ADMIN_EMAILS: z.string().default(''),
    /** Lets webhooks reach private, loopback and link-local addresses (and plain HTTP): tests and local development only. */
    WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  })
  .superRefine((c, ctx) => {
    const dev = (flag: boolean | undefined) => flag ?? c.DELEGA_DEV;
    if (dev(c.DEV_MAILBOX) && c.SENDGRID_API_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['DEV_MAILBOX'],
        message: 'the development mailbox cannot be on with SENDGRID_API_KEY (real mail would be listed)',
      });
    if (c.NODE_ENV === 'production') {
      if (dev(c.DEV_MAILBOX))
        ctx.addIssue({ code: 'custom', path: ['DEV_MAILBOX'], message: 'not allowed in production' });
      if (dev(c.DEMO_SEED))
        ctx.addIssue({ code: 'custom', path: ['DEMO_SEED'], message: 'not allowed in production' });
      if (c.WEBHOOK_ALLOW_PRIVATE)
        ctx.addIssue({
          code: 'custom',
          path: ['WEBHOOK_ALLOW_PRIVATE'],
          message: 'not allowed in production (webhooks would reach our own network)',
        });
      if (!c.MAIL_ENCRYPTION_KEYS)
        ctx.addIssue({ code: 'custom', path: ['MAIL_ENCRYPTION_KEYS'], message: 'required in production' });
      else if (c.MAIL_ENCRYPTION_KEYS.includes(DEV_MAIL_KEY_SECRET))
        ctx.addIssue({
          code: 'custom',
          path: ['MAIL_ENCRYPTION_KEYS'],
          message: 'the development key is public: not allowed in production',
        });
      if (!c.DATABASE_URL)
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'required in production' });
      if (!c.SENDGRID_API_KEY)
        ctx.addIssue({ code: 'custom', path: ['SENDGRID_API_KEY'], message: 'required in production' });
    }
  });

export type Config = z.infer<typeof ConfigSchema> & {
  isProduction: boolean;
  isDevelopment: boolean;
  allowedOrigins: string[];
  /** Which hops of X-Forwarded-For / Forwarded are our own proxies. */
  proxyTrust: ProxyTrust;
  /** GET /dev/mailbox is served (DEV_MAILBOX, or DELEGA_DEV). */
  devMailbox: boolean;
  /** Demo data is seeded on an empty database (DEMO_SEED, or DELEGA_DEV). */
  demoSeed: boolean;
  /** GraphQL introspection is answered (GRAPHQL_INTROSPECTION, or DELEGA_DEV). */
  introspection: boolean;
  /** Keys sealing e-mail bodies; null when none is configured and no development key applies. */
  mailKeys: MailKeyring | null;
  /** GET /metrics: the token it requires, and whether it is served without one. */
  metricsAccess: { token: string | null; open: boolean };
  /** ADMIN_EMAILS, lower-cased. */
  adminEmails: string[];
};

/** The loopback proxy of TRUST_PROXY=true. */
const LOOPBACK_PROXIES = ['127.0.0.1', '::1'];

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The names e-mails and PDFs print (PRODUCT_NAME, DISTRIBUTOR_NAME, SUPPORT_PHONE; null: no phone). */
export function brandOf(config: Pick<Config, 'PRODUCT_NAME' | 'DISTRIBUTOR_NAME' | 'SUPPORT_PHONE'>): Brand {
  return {
    product: config.PRODUCT_NAME,
    distributor: config.DISTRIBUTOR_NAME,
    supportPhone: config.SUPPORT_PHONE ?? null,
  };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function devSwitchOn(c: z.infer<typeof ConfigSchema>): boolean {
  return [c.DEV_MAILBOX, c.DEMO_SEED, c.GRAPHQL_INTROSPECTION].some((f) => f ?? c.DELEGA_DEV);
}

/** Parses the environment once; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const c = result.data;
  const allowedOrigins = [new URL(c.PORTAL_URL).origin, ...list(c.ALLOWED_ORIGINS)];
  const proxies = [...list(c.TRUSTED_PROXIES), ...(c.TRUST_PROXY ? LOOPBACK_PROXIES : [])];
  return {
    ...c,
    proxyTrust: { proxies: [...new Set(proxies)], hops: c.TRUST_PROXY_HOPS },
    devMailbox: c.DEV_MAILBOX ?? c.DELEGA_DEV,
    demoSeed: c.DEMO_SEED ?? c.DELEGA_DEV,
    introspection: c.GRAPHQL_INTROSPECTION ?? c.DELEGA_DEV,
    mailKeys: c.MAIL_ENCRYPTION_KEYS
      ? parseMailKeyring(c.MAIL_ENCRYPTION_KEYS)
      : devSwitchOn(c) || c.NODE_ENV === 'test'
        ? DEV_MAIL_KEYRING
        : null,
    metricsAccess: {
      token: c.METRICS_TOKEN ?? null,
      open: c.NODE_ENV !== 'production' && devSwitchOn(c),
    },
    adminEmails: list(c.ADMIN_EMAILS).map((e) => e.toLowerCase()),
    isProduction: c.NODE_ENV === 'production',
    isDevelopment: c.NODE_ENV === 'development',
    allowedOrigins,
  };
}
