import { INVITE_TTL_HOURS_DEFAULT } from '@delega/shared/invites';
import { describe, expect, it } from 'vitest';
import { loadPortalConfig, PortalConfigError } from './config.ts';

describe('loadPortalConfig', () => {
  it('applies the same defaults as the API on an empty environment', () => {
    expect(loadPortalConfig({})).toEqual({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 3000,
      apiUrl: 'http://localhost:4000',
      portalUrl: 'http://localhost:3000',
      publicProtocol: 'http',
      secureCookies: false,
      mailboxEnabled: false, // a development switch: off unless asked for
      inviteTtlHours: INVITE_TTL_HOURS_DEFAULT,
      trustedProxies: expect.objectContaining({ entries: [], header: 'forwarded' }) as unknown,
      production: false,
      brand: { product: 'Delega', distributor: 'CPFL', supportPhone: null }, // no placeholder phone
    });
  });

  it('takes the product, the distributor and the support phone from configuration', () => {
    expect(
      loadPortalConfig({
        PRODUCT_NAME: 'Portal X',
        DISTRIBUTOR_NAME: 'Energia Y',
        SUPPORT_PHONE: '0800 010 2570',
      }).brand,
    ).toEqual({ product: 'Portal X', distributor: 'Energia Y', supportPhone: '0800 010 2570' });
    expect(() => loadPortalConfig({ SUPPORT_PHONE: 'call us' })).toThrow(/SUPPORT_PHONE/);
  });

  it('has the development mailbox only when asked for (DEV_MAILBOX, or DELEGA_DEV as pnpm start sets it)', () => {
    expect(loadPortalConfig({ DELEGA_DEV: '1' }).mailboxEnabled).toBe(true);
    expect(loadPortalConfig({ DEV_MAILBOX: 'true' }).mailboxEnabled).toBe(true);
    expect(loadPortalConfig({ DELEGA_DEV: '1', DEV_MAILBOX: '0' }).mailboxEnabled).toBe(false);
    expect(loadPortalConfig({ NODE_ENV: 'test' }).mailboxEnabled).toBe(false);
    expect(loadPortalConfig({ NODE_ENV: 'production', DELEGA_DEV: '1' }).mailboxEnabled).toBe(false);
    expect(() => loadPortalConfig({ NODE_ENV: 'production', DEV_MAILBOX: '1' })).toThrow(/DEV_MAILBOX/);
  });

  it('reads the trusted proxies in front of the portal', () => {
    const c = loadPortalConfig({
      TRUSTED_PROXIES: ' 10.0.0.0/8, ::1 ',
      TRUSTED_PROXY_HEADER: 'x-forwarded-for',
    });
    expect(c.trustedProxies).toMatchObject({ entries: ['10.0.0.0/8', '::1'], header: 'x-forwarded-for' });
    expect([
      c.trustedProxies.has('10.2.3.4'),
      c.trustedProxies.has('::1'),
      c.trustedProxies.has('11.0.0.1'),
    ]).toEqual([true, true, false]);
  });

  it('derives the public protocol, Secure cookies and the mailbox from the environment', () => {
    const c = loadPortalConfig({
      NODE_ENV: 'production',
      PORTAL_URL: 'https://portal.example',
      API_URL: 'http://api.internal:4000//',
      INVITE_TTL_HOURS: '24',
      PORT: '',
    });
    expect(c).toMatchObject({
      publicProtocol: 'https',
      secureCookies: true,
      mailboxEnabled: false,
      production: true,
      apiUrl: 'http://api.internal:4000',
      inviteTtlHours: 24,
      port: 3000, // empty counts as unset
    });
  });

  it('lists every bad variable at once', () => {
    let problems: string[] = [];
    try {
      loadPortalConfig({
        PORT: 'abc',
        API_URL: 'ftp://api',
        PORTAL_URL: 'not a url',
        INVITE_TTL_HOURS: '0',
        NODE_ENV: 'staging',
        TRUSTED_PROXIES: '10.0.0.1, proxy.internal',
        TRUSTED_PROXY_HEADER: 'x-real-ip',
        DELEGA_DEV: 'yes',
      });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(PortalConfigError);
      problems = (e as PortalConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      [
        'API_URL',
        'DELEGA_DEV',
        'INVITE_TTL_HOURS',
        'NODE_ENV',
        'PORT',
        'PORTAL_URL',
        'TRUSTED_PROXIES',
        'TRUSTED_PROXY_HEADER',
      ].sort(),
    );
  });
});
