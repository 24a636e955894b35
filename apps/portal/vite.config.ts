import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
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
  server: {
    // Same routes as server.js in production: the browser only ever talks to the portal's origin.
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: false },
      '/protocol/': { target: apiUrl },
      // The mailbox is a page (HTML) and the API's JSON: only non-HTML requests go to the API.
      '/dev/mailbox': {
        target: apiUrl,
        bypass: (req) => ((req.headers.accept ?? '').includes('text/html') ? req.url : undefined),
      },
    },
  },
});
