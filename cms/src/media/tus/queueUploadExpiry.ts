import type { Payload } from 'payload'

import { QUEUES } from '../../jobs/queues'

const EVERY_MS = 10 * 60 * 1000
let lastQueued = 0

/**
 * Queues `expireUploads` at most every 10 minutes, if none is waiting, from the web server's autoRun check
 * (`shouldAutoRun`). Not Payload's task `schedule`: that stores its state in a `payload_jobs.meta` column
 * this archive's migrations do not have.
 */
export async function queueUploadExpiry(payload: Payload, now: number = Date.now()): Promise<void> {
  if (now - lastQueued < EVERY_MS) return
  lastQueued = now
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'expireUploads' }, completedAt: { exists: false } },
    overrideAccess: true,
  })
  if (waiting.totalDocs === 0) await payload.jobs.queue({ task: 'expireUploads', queue: QUEUES.uploads, input: {} })
}
