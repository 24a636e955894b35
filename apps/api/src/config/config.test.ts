import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { DEV_MAIL_KEY_SECRET } from './mail-keys.ts';

describe('loadConfig', () => {
  it('applies the embedded defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c.API_PORT).toBe(4000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.PORTAL_URL).toBe('http://localhost:3000');
    expect(c.allowedOrigins).toEqual(['http://localhost:3000']);
    expect(c.INVITE_TTL_HOURS).toBe(12);
  });

  it('reads the invite validity, which must be a positive number of hours', () => {
    expect(loadConfig({ INVITE_TTL_HOURS: '24' }).INVITE_TTL_HOURS).toBe(24);
    expect(() => loadConfig({ INVITE_TTL_HOURS: '0' })).toThrow(/INVITE_TTL_HOURS/);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ API_PORT: 'abc', PORTAL_URL: 'not a url', LOG_LEVEL: 'loud' });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('API_PORT');
      expect(problems).toContain('PORTAL_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });

  it('requires a real database and SendGrid in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL[\s\S]*SENDGRID_API_KEY/);
  });

  it('trusts no proxy by default; TRUST_PROXY is the loopback portal; bad proxy entries are refused', () => {
    expect(loadConfig({}).proxyTrust).toEqual({ proxies: [], hops: 0 });
    expect(loadConfig({ TRUST_PROXY: 'true' }).proxyTrust).toEqual({
      proxies: ['127.0.0.1', '::1'],
      hops: 0,
    });
    expect(
      loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1', TRUST_PROXY_HOPS: '1' }).proxyTrust,
    ).toEqual({
      proxies: ['10.0.0.0/8', '192.0.2.1'],
      hops: 1,
    });
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,portal.internal' })).toThrow(
      /TRUSTED_PROXIES: not an IP address or CIDR block: portal.internal/,
    );
  });

  it('keeps every development switch off unless asked for', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }]) {
      expect(loadConfig(env)).toMatchObject({ devMailbox: false, demoSeed: false, introspection: false });
    }
    expect(loadConfig({ DELEGA_DEV: '1' })).toMatchObject({
      devMailbox: true,
      demoSeed: true,
      introspection: true,
    });
    expect(loadConfig({ DELEGA_DEV: '1', DEMO_SEED: '0' })).toMatchObject({
      devMailbox: true,
      demoSeed: false,
    });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      devMailbox: false,
      introspection: true,
    });
  });

  it('refuses the development mailbox with SendGrid or in production, and the demo seed in production', () => {
    expect(() => loadConfig({ DELEGA_DEV: '1', SENDGRID_API_KEY: 'SG.x' })).toThrow(
      /DEV_MAILBOX: .*SENDGRID_API_KEY/,
    );
    expect(() => loadConfig({ DEV_MAILBOX: '1', SENDGRID_API_KEY: 'SG.x' })).toThrow(/DEV_MAILBOX/);
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      SENDGRID_API_KEY: 'SG.x',
      MAIL_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 9).toString('base64')}`,
    };
    expect(() => loadConfig({ ...prod, DEMO_SEED: '1' })).toThrow(/DEMO_SEED: not allowed in production/);
    expect(() => loadConfig({ ...prod, DELEGA_DEV: '1', DEV_MAILBOX: '0' })).toThrow(/DEMO_SEED/);
    expect(loadConfig({ ...prod, GRAPHQL_INTROSPECTION: '1' }).introspection).toBe(true);
  });

  it('reads the mail keys: the first seals; the development key only with a switch or in tests', () => {
    const k = (b: number) => Buffer.alloc(32, b).toString('base64');
    const ring = loadConfig({ MAIL_ENCRYPTION_KEYS: `new:${k(1)}, old:${k(2)}` }).mailKeys!;
    expect(ring.currentId).toBe('new');
    expect([...ring.keys.keys()]).toEqual(['new', 'old']);
    expect(loadConfig({}).mailKeys).toBeNull();
    expect(loadConfig({ DELEGA_DEV: '1' }).mailKeys?.currentId).toBe('dev');
    expect(loadConfig({ NODE_ENV: 'test' }).mailKeys?.currentId).toBe('dev');
    for (const bad of [
      'k1',
      `k1:${Buffer.alloc(16).toString('base64')}`,
      `a:${k(1)},a:${k(2)}`,
      `bad id:${k(1)}`,
    ]) {
      expect(() => loadConfig({ MAIL_ENCRYPTION_KEYS: bad })).toThrow(/MAIL_ENCRYPTION_KEYS/);
    }
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SENDGRID_API_KEY: 'SG.x' };
    expect(() => loadConfig(prod)).toThrow(/MAIL_ENCRYPTION_KEYS: required in production/);
    expect(() => loadConfig({ ...prod, MAIL_ENCRYPTION_KEYS: `dev:${DEV_MAIL_KEY_SECRET}` })).toThrow(
      /development key/,
    );
    expect(loadConfig({ ...prod, MAIL_ENCRYPTION_KEYS: `k1:${k(3)}` }).MAIL_RETENTION_DAYS).toBe(30);
  });
});
