import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const monorepoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // Express compresses every response (server.ts); compressing twice wastes CPU.
  compress: false,
  poweredByHeader: false,
  transpilePackages: ['@vie/types'],
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
