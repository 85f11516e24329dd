import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to dist/renderer and loaded either by Electron (file://) or by
// server mode over http; relative asset paths serve both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The bundle is read from the local disk (file:// or loopback), not a network: one large chunk is
  // acceptable until the feature views are split into lazily loaded chunks.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2500 },
});
