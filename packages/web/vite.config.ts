import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The app is always served built (`vite build`) by `horseshoe serve`; there is no dev server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // The engine and protocol from their TypeScript sources (docs/architecture.md, "Build and package exports").
  resolve: { conditions: ['@horseshoe/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React, recharts and the engine together are about 700 kB before compression.
    chunkSizeWarningLimit: 1500,
  },
});
