// The web UI build: root web/, output web/dist (served by `afterview serve`).
// In development (`npx vite web`), /api and /healthz go to a running server on 4411.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill: the CSP allows scripts from the server only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4411', '/healthz': 'http://127.0.0.1:4411' },
  },
});
