import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { compressedJson } from './scripts/vite-compressed-json';
import { contentSecurityPolicyMeta } from './scripts/vite-csp-meta';

export default defineConfig({
  main: {
    // The linter's language model, loaded by main only for spelling advice, ships compressed.
    plugins: [compressedJson(['wink-eng-lite-web-model'])],
    build: {
      // Minified like the renderer: app.asar is held to 15 MB (npm run dist:check).
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // Untrusted work (templates, PDF layout, fonts) runs in this worker thread: src/main/workers.
          'untrusted-worker': resolve(import.meta.dirname, 'src/main/workers/untrusted-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundle everything but electron: a sandboxed preload can require nothing else.
      externalizeDeps: false,
      // A sandboxed preload cannot be an ES module: CommonJS, one file, no imports but electron.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // electron-vite leaves minification off; the renderer's start-up time and size are measured (issue 6).
      minify: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
