import { defineConfig } from 'vite';

// Preact's automatic JSX runtime through Vite's built-in transform: no framework plugin needed.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // What runs in production: its source, comments included, is not handed to every visitor.
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    // The timing report is noise in `npm install`/`npm test` output on a busy machine.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
