import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to dist/renderer and loaded either by Electron (file://) or by
// server mode over http; relative asset paths serve both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Feature views are split into chunks loaded on first use (renderer/app/lazy-component.tsx).
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
