import type { Where } from 'payload'

import type { PayloadJob } from '../payload-types'

/**
 * "A job of this task is waiting to start": queued, not running, not finished, not failed. Queueing
 * helpers ask it to fold a burst of changes into the job already waiting instead of queueing another.
 */
export const waitingJob = (taskSlug: NonNullable<PayloadJob['taskSlug']>): Where => ({
  and: [
    { taskSlug: { equals: taskSlug } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
})
