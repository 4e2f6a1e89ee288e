import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { assertServerEnvironment } from './src/config/assertServerEnvironment'
import { securityHeaders } from './src/config/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked once for the whole repository by `npm run typecheck` (part of `npm test`).
  typescript: { ignoreBuildErrors: true },
  // Our media pipeline is TypeScript source in the workspace; fluent-ffmpeg stays a plain Node require.
  transpilePackages: ['@di-san-so/media-pipeline', '@di-san-so/search'],
  serverExternalPackages: ['fluent-ffmpeg', 'exceljs'],
  // On every response (nosniff, no framing, referrer, permissions, HSTS over https). Set here rather than
  // in the proxy, which would buffer request bodies (uploads run to gigabytes). The admin pages' CSP comes
  // from the proxy (it needs a nonce per response); routes that serve files set their own.
  headers: async () => [
    {
      source: '/:path*',
      headers: Object.entries(securityHeaders(process.env)).map(([key, value]) => ({ key, value })),
    },
  ],
}

// Next loads this file when `next start` / `next build` begin, before anything listens: a bad
// DATABASE_URL or a missing production secret stops the process here with one clear line.
export default function config(phase: string): NextConfig {
  assertServerEnvironment({ ...process.env, NEXT_PHASE: phase })
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
