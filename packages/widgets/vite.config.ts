import { defineConfig } from 'vite'

/** One ES module with every element and Lit inside: partner sites load a single file. */
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'vie-widgets.js' },
    target: 'es2021',
    minify: 'esbuild',
    sourcemap: true,
    emptyOutDir: true,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
})
