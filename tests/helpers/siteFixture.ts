import { execFileSync } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportSnapshot } from '../../cms/src/publication/exportSnapshot'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { serveStatic } from '../../scripts/site/staticServer'
import { type Canary, plantCanaries } from './canary'
import { startTestArchive } from './testArchive'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SITE_URL = 'http://localhost:4321'

export type SiteFixture = {
  dist: string
  snapshot: string
  canary: Canary
  url: string
  payload: Payload
  stop: () => Promise<void>
}

/**
 * The public site as README command 1 makes it, from scratch: a fresh archive with the demo records and
 * the canaries, its media processed by the real workflow, the snapshot exported, the site built from it
 * (Astro + Pagefind) and served by the site's own server (`npm run site:serve`), with its security headers. `siteEnv` adds to the site build's environment.
 */
export async function buildSiteFixture({
  siteEnv = {},
}: {
  siteEnv?: Record<string, string>
} = {}): Promise<SiteFixture> {
  const archive = await startTestArchive()
  const { payload } = archive
  await seedDemoContent(payload)
  const canary = await plantCanaries(payload)
  for (;;) {
    const round = await payload.jobs.run({ queue: 'media', limit: 4, silent: true })
    if (round.noJobsRemaining) break
  }
  const snapshotDir = path.join(archive.dir, 'snapshot')
  await exportSnapshot(payload, { outDir: snapshotDir, siteUrl: SITE_URL })
  const dist = path.join(archive.dir, 'site')
  const env = {
    ...process.env,
    SNAPSHOT_DIR: snapshotDir,
    SITE_OUT_DIR: dist,
    SITE_URL,
    // Small pages, so the demo's listings have several and paging is exercised
    SITE_PAGE_SIZE: '4',
    ...siteEnv,
  }
  execFileSync('npm', ['run', 'build', '-w', 'site', '--silent'], { cwd: ROOT, env, stdio: 'pipe' })
  const server = serveStatic(() => dist)
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const url = `http://localhost:${(server.address() as { port: number }).port}`
  return {
    dist,
    snapshot: snapshotDir,
    canary,
    url,
    payload,
    stop: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await archive.stop()
    },
  }
}
