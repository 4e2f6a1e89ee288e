import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { dataDir, findRepoRoot } from '../config/paths'
import { siteUrlFrom } from '../dashboard/publicPageUrl'
import { requestSiteRebuild } from './rebuildSite'

export const SITE_QUEUE = 'site'

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
    const rebuilt = await requestSiteRebuild(req.payload, {
      root: findRepoRoot(),
      dataDir: dataDir(),
      siteUrl: siteUrlFrom(process.env),
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
  if (req.context.skipSiteRebuild || process.env.SITE_REBUILD === 'off') return
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'rebuildSite' } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs > 0) return
  const delay = Number(process.env.SITE_REBUILD_SECONDS ?? 10) * 1000
  await req.payload.jobs.queue({
    task: 'rebuildSite',
    input: { reason },
    queue: SITE_QUEUE,
    waitUntil: new Date(Date.now() + delay),
    req,
  })
}

type Publishable = { _status?: string | null; slug?: string | null }

/** Publishing, unpublishing or editing something published changes the site: rebuild it. */
export const rebuildAfterPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const now = (doc as Publishable)._status === 'published'
  const before = (previousDoc as Publishable | undefined)?._status === 'published'
  if (now || before) await queueSiteRebuild(req, `${collection.slug} ${(doc as Publishable).slug ?? doc.id}`)
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if ((doc as Publishable)._status === 'published') await queueSiteRebuild(req, `${collection.slug} deleted`)
  return doc
}
