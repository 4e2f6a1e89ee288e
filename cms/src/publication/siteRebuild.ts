import type { PayloadRequest, TaskConfig } from 'payload'

import { findRepoRoot } from '../config/paths'
import { settingsOf } from '../config/settings'
import { QUEUES } from '../jobs/queues'
import { waitingJob } from '../jobs/waitingJob'
import { requestSiteRebuild } from './rebuildSite'
/**
 * `rebuildSite`: exports the snapshot inside this running Payload and rebuilds the public site (Astro and
 * Pagefind are the only child processes), swapping the new site in when it is complete. Goes through the
 * same lock and folding as every other rebuild (`requestSiteRebuild`).
 */
export const rebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Build lại trang công khai',
  retries: { attempts: 1, backoff: { type: 'fixed', delay: 30_000 } },
  inputSchema: [{ name: 'reason', type: 'text' }],
  handler: async ({ req }) => {
    const settings = settingsOf(req.payload)
    const rebuilt = await requestSiteRebuild(req.payload, {
      root: findRepoRoot(),
      dataDir: settings.dataDir,
      siteUrl: settings.siteUrl,
      snapshotDir: settings.snapshotDir,
      // The site build's own settings (Meilisearch's public key, page size…) are its environment.
      env: process.env,
    })
    req.payload.logger.info(
      `[site] public site rebuilt: ${rebuilt.items} items, snapshot exported in ${rebuilt.exportSeconds.toFixed(1)} s`,
    )
    return { output: {} }
  },
}

/**
 * Queues one rebuild a few seconds from now (SITE_REBUILD_SECONDS, 10) unless one is already waiting: a
 * burst of publishes (an import, a reviewer's morning) makes one rebuild, not many. SITE_REBUILD=off
 * turns it off (a CMS whose site is built elsewhere).
 */
export async function queueSiteRebuild(req: PayloadRequest, reason: string): Promise<void> {
  const { siteRebuild } = settingsOf(req.payload)
  if (req.context.skipSiteRebuild || !siteRebuild.enabled) return
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: waitingJob('rebuildSite'),
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) return
  const delay = siteRebuild.delayMs
  await req.payload.jobs.queue({
    task: 'rebuildSite',
    input: { reason },
    queue: QUEUES.site,
    waitUntil: new Date(Date.now() + delay),
    req,
  })
}
