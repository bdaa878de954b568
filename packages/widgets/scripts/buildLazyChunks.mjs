// Builds every element of src/lazy/ into its own chunk under dist/chunks/ (content-hashed names,
// Lit bundled in, so the main bundle neither grows nor has to be loaded twice), and writes the
// tag → file table the main bundle's loader is built with (dist/lazy-chunks.json).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.join(root, 'dist')
const lazyDir = path.join(root, 'src/lazy')

const entries = Object.fromEntries(
  readdirSync(lazyDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => [path.basename(file, '.ts'), path.join(lazyDir, file)]),
)

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

const table = {}
if (Object.keys(entries).length > 0) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: path.join(dist, 'chunks'),
      emptyOutDir: true,
      target: 'es2021',
      minify: 'esbuild',
      sourcemap: true,
      modulePreload: false,
      rollupOptions: {
        input: entries,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].[hash].js', chunkFileNames: 'shared.[hash].js' },
      },
    },
  })
  for (const output of [result].flat())
    for (const item of output.output)
      if (item.type === 'chunk' && item.isEntry) table[item.name] = `chunks/${item.fileName}`
}
writeFileSync(path.join(dist, 'lazy-chunks.json'), `${JSON.stringify(table, null, 2)}\n`)
