import type { TaskConfig } from 'payload'

import { tusServer } from './tusServer'

/**
 * `expireUploads`: removes the unfinished tus uploads that received no bytes for UPLOAD_EXPIRY_HOURS (their
 * data file and `.json`, see `IdentifyingFileStore.deleteExpired`). Queued every 10 minutes on the `uploads`
 * queue by `queueUploadExpiry`; the web server runs that queue (it holds the tus server).
 */
export const expireUploadsTask: TaskConfig<'expireUploads'> = {
  slug: 'expireUploads',
  label: 'Xóa các lượt tải lên bỏ dở đã quá hạn',
  outputSchema: [{ name: 'removed', type: 'number' }],
  handler: async ({ req }) => {
    const removed = await tusServer(req.payload).server.cleanUpExpiredUploads()
    if (removed > 0) req.payload.logger.info(`[uploads] removed ${removed} expired unfinished uploads`)
    return { output: { removed } }
  },
}
