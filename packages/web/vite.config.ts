import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';

// The app is always served built (`vite build`) by `horseshoe serve`; there is no dev server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // precompress: brotli (quality 11) and gzip copies of the built files, sent as they are by the server.
  plugins: [react(), precompress()],
  // The engine and protocol from their TypeScript sources (docs/architecture.md, "Build and package exports").
  resolve: { conditions: ['@horseshoe/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React, recharts and the engine together are about 700 kB before compression.
    chunkSizeWarningLimit: 1500,
  },
});
