import { readdirSync } from 'node:fs'

import { defineConfig } from 'vite'

/** The lazily loaded elements are entries of their own: importing one defines it. */
const lazyEntries = readdirSync(new URL('./src/lazy', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => `src/lazy/${file}`)

/**
 * The npm build: one module per source file and Lit left as an import, so a city's own bundler
 * shares Lit with its other components and drops what it does not use.
 */
export default defineConfig({
  build: {
    lib: { entry: ['src/index.ts', ...lazyEntries], formats: ['es'] },
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2021',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
})
