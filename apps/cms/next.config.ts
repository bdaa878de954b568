import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BODY_LIMIT_MB } from './src/config/requestLimits'

const monorepoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // Express compresses every response (server.ts); compressing twice wastes CPU.
  compress: false,
  poweredByHeader: false,
  transpilePackages: ['@vie/types'],
  // server.ts loads Payload before Next and the routes reuse that instance. A second, bundled
  // copy of payload would make its error classes differ from the ones thrown (`instanceof
  // ValidationError` fails and REST loses the field-level messages), so Next loads these from
  // node_modules like server.ts does.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb'],
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // The admin checks each change of the edit form by a server action that carries the whole form.
  experimental: { serverActions: { bodySizeLimit: `${BODY_LIMIT_MB}mb` } },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
