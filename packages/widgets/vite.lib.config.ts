import { defineConfig } from 'vite'

/**
 * The npm build: one module per source file and Lit left as an import, so a city's own bundler
 * shares Lit with its other components and drops what it does not use.
 */
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'] },
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
