import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { loadPortalConfig } from './src/lib/server/config.ts';
import { viteProxy } from './src/lib/server/proxy-routes.ts';

export default defineConfig(({ command }) => ({
  plugins: [
    sveltekit({
      adapter: adapter({ precompress: true }),
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'connect-src': ['self'],
          'frame-ancestors': ['none'],
          'form-action': ['self'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  // `vite dev` forwards what server.js forwards in production (one table); the environment is read,
  // and refused with every bad variable listed, only when serving: a build does not depend on it.
  server: command === 'serve' ? devServer() : {},
}));

function devServer() {
  // `vite dev` is a development run: it asks for the development switches (the mailbox) unless the
  // environment says otherwise, as `pnpm start` does. The server code in this process reads the same.
  process.env.DELEGA_DEV ??= '1';
  const config = loadPortalConfig();
  return { proxy: viteProxy(config.apiUrl, config) };
}
