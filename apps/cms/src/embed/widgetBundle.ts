import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type WidgetBundle = {
  /** The folder the widgets package builds into. */
  dir: string
  /** `vie-widgets.<first 12 hex of SHA-256>.js`: a name that changes whenever the content does. */
  hashedName: string
  /** Subresource Integrity value of the bundle (`sha384-…`), valid for both names. */
  integrity: string
  body: Buffer
}

export { STABLE_NAME } from './bundleName'

let cached: { mtimeMs: number; bundle: WidgetBundle } | undefined

/**
 * The built bundle with its content hash and SRI value, read again only when the file changes
 * (a rebuild while the server runs, as in development).
 */
/**
 * Where the built bundle lies. Next's server build (the admin's embed builder) has no
 * `import.meta.resolve`; there Node resolves from the working folder, which is apps/cms.
 */
const bundleFile = (): string =>
  typeof import.meta.resolve === 'function'
    ? fileURLToPath(import.meta.resolve('@vie/widgets/bundle'))
    : createRequire(path.join(process.cwd(), 'package.json')).resolve('@vie/widgets/bundle')

export function widgetBundle(): WidgetBundle {
  const file = bundleFile()
  const { mtimeMs } = fs.statSync(file)
  if (cached?.mtimeMs !== mtimeMs) {
    const body = fs.readFileSync(file)
    const hex = createHash('sha256').update(body).digest('hex').slice(0, 12)
    cached = {
      mtimeMs,
      bundle: {
        dir: path.dirname(file),
        hashedName: `vie-widgets.${hex}.js`,
        integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
        body,
      },
    }
  }
  return cached.bundle
}
