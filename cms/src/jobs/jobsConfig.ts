import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import type { ArchiveSettings } from '../config/settings'
import { reindexPlacesTask } from '../gazetteer/reindexPlacesTask'
import { expireUploadsTask } from '../media/tus/expireUploadsTask'
import { queueUploadExpiry } from '../media/tus/queueUploadExpiry'
import { createMediaTasks, processMediaWorkflow } from '../media/workflow'
import { rebuildSiteTask } from '../publication/siteRebuild'
import { syncSearchTask } from '../searchIndex/sync'
import { queueRuns } from './queues'
import { recoverStalledJobsNowAndThen } from './recoverStalledJobs'

/**
 * The jobs registry: every task and workflow, who may queue them through the API, and what the web
 * server runs by itself (`queueRuns(settings).web`). `npm run worker` runs `queueRuns(settings).worker`.
 */
export function jobsConfig(settings: ArchiveSettings): JobsConfig {
  return {
    tasks: [
      ...createMediaTasks({
        retryDelayMs: settings.media.retryDelayMs,
        ffmpegPath: settings.media.ffmpegPath,
        ffprobePath: settings.media.ffprobePath,
      }),
      rebuildSiteTask,
      syncSearchTask,
      reindexPlacesTask,
      expireUploadsTask,
    ],
    workflows: [processMediaWorkflow],
    // Only administrators may queue, run or cancel jobs through the API; uploads queue their own.
    access: {
      queue: ({ req }) => hasRole(req.user, 'admin'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    // The embedded default processes media inside the web server, one file at a time, checking every 2 s;
    // the site is rebuilt a few seconds after a publish (debounced, see queueSiteRebuild); with MEILI_URL,
    // changed records reach Meilisearch within seconds (batched, see queueSearchSync).
    autoRun: queueRuns(settings).web.map(({ queue, cron, limit }) => ({ cron, queue, limit, silent: { info: true } })),
    shouldAutoRun: async (payload) => {
      if (settings.media.worker === 'embedded') await recoverStalledJobsNowAndThen(payload, settings.media.staleAfterMs)
      // Unfinished uploads past UPLOAD_EXPIRY_HOURS are removed by a job queued every 10 minutes.
      await queueUploadExpiry(payload)
      return true
    },
  }
}
