import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The API the dev server forwards to; `nx serve api` listens on 3000 by default. */
const API_URL = 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: {
    // The dashboard may import only the shared libs (STYLE.md §2): the vocabulary, and the
    // reply checker, which runs in the browser so findings follow every keystroke.
    alias: {
      '@bedside/compliance': `${workspaceRoot}libs/compliance/src/index.ts`,
      '@bedside/domain': `${workspaceRoot}libs/domain/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    proxy: {
      // ws: the live-update socket (GraphQL subscriptions) shares the path.
      '/graphql': { target: API_URL, ws: true },
      '/health': API_URL,
      '/api': API_URL,
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
});
