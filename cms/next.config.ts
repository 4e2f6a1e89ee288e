import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { assertServerEnvironment } from './src/config/assertServerEnvironment'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked once for the whole repository by `npm run typecheck` (part of `npm test`).
  typescript: { ignoreBuildErrors: true },
  // Our media pipeline is TypeScript source in the workspace; fluent-ffmpeg stays a plain Node require.
  transpilePackages: ['@di-san-so/media-pipeline', '@di-san-so/search'],
  serverExternalPackages: ['fluent-ffmpeg'],
}

// Next loads this file when `next start` / `next build` begin, before anything listens: a bad
// DATABASE_URL or a missing production secret stops the process here with one clear line.
export default function config(phase: string): NextConfig {
  assertServerEnvironment({ ...process.env, NEXT_PHASE: phase })
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
