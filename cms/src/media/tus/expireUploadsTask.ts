import type { TaskConfig } from 'payload'

import { QUEUES } from '../../jobs/queues'
import { tusServer } from './tusServer'

/**
 * `expireUploads`: removes the unfinished tus uploads that received no bytes for UPLOAD_EXPIRY_HOURS (their
 * data file and `.json`, see `IdentifyingFileStore.deleteExpired`). Scheduled every 10 minutes on the
 * `uploads` queue, which the web server runs (it holds the tus server).
 */
export const expireUploadsTask: TaskConfig<'expireUploads'> = {
  slug: 'expireUploads',
  label: 'Xóa các lượt tải lên bỏ dở đã quá hạn',
  schedule: [{ cron: '0 */10 * * * *', queue: QUEUES.uploads }],
  outputSchema: [{ name: 'removed', type: 'number' }],
  handler: async ({ req }) => {
    const removed = await tusServer(req.payload).server.cleanUpExpiredUploads()
    if (removed > 0) req.payload.logger.info(`[uploads] removed ${removed} expired unfinished uploads`)
    return { output: { removed } }
  },
}
