import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is always served built (`vite build`) by `horseshoe serve`; there is no dev server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React, recharts and the engine together are about 700 kB before compression.
    chunkSizeWarningLimit: 1500,
  },
});
