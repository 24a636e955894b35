// Response headers every portal response carries (pages, static files, what the API answers through
// the proxy). The CSP, with frame-ancestors 'none', is SvelteKit's (csp in vite.config.ts) on pages;
// X-Frame-Options covers what SvelteKit does not render. Erasable TypeScript (server.js imports it).

export const HSTS = 'max-age=31536000; includeSubDomains';

/** Pages whose URL carries a live token (invite, e-mail confirmation, password reset). */
const TOKEN_PAGES = /^\/(?:convite|verificar-email|redefinir-senha)(?:\/|$)/;

export function securityHeaders(pathname: string, opts: { production: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // same-origin is stricter than strict-origin-when-cross-origin: other sites get no Referer at all.
    // Token pages send only the origin, even to us, so the token stays out of Referer and logs.
    // Not no-referrer: with it browsers send `Origin: null` on form POSTs, which SvelteKit's CSRF
    // check refuses (the confirmation button and "Sair" without JavaScript).
    'referrer-policy': TOKEN_PAGES.test(pathname) ? 'strict-origin' : 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
  // Only in production: on http://localhost it would pin the browser to https for a year.
  if (opts.production) headers['strict-transport-security'] = HSTS;
  return headers;
}
