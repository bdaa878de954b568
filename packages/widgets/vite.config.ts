import { existsSync, readFileSync } from 'node:fs'

import { defineConfig } from 'vite'

/** Written by scripts/buildLazyChunks.mjs, which runs first; absent in a bare `vite build`. */
const lazyChunksFile = new URL('./dist/lazy-chunks.json', import.meta.url)
const lazyChunks: Record<string, string> = existsSync(lazyChunksFile) ? JSON.parse(readFileSync(lazyChunksFile, 'utf8')) : {}

/**
 * One ES module with the four cards and lists and Lit inside: partner sites load a single file.
 * Elements few pages use come as chunks beside it (dist/chunks), loaded when their tag appears.
 */
export default defineConfig({
  define: { __VIE_LAZY_CHUNKS__: JSON.stringify(lazyChunks) },
  build: {
    lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'vie-widgets.js' },
    target: 'es2021',
    minify: 'esbuild',
    sourcemap: true,
    emptyOutDir: false,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
})
