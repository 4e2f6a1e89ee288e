import type { Payload } from 'payload'

import { settingsOf } from '../config/settings'
import { queueRuns } from './queues'
import { recoverStalledJobsNowAndThen } from './recoverStalledJobs'

/**
 * One round of a media worker: recover dead media jobs, then run what `queueRuns` gives a worker (the
 * next queued file, one at a time: ffmpeg uses every core). The site and search queues are the web server's.
 */
export async function runMediaQueue(payload: Payload): Promise<void> {
  const settings = settingsOf(payload)
  await recoverStalledJobsNowAndThen(payload, settings.media.staleAfterMs)
  for (const { queue, limit, sequential } of queueRuns(settings).worker)
    await payload.jobs.run({ queue, limit, sequential, silent: { info: true } })
}
