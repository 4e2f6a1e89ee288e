import type { CollectionAfterChangeHook } from 'payload'
import { QUEUES } from '../jobs/queues'
import { emptyOutputFolder } from './emptyOutputFolder'

/**
 * A new file (upload or replacement) queues the media workflow in the same transaction as the record,
 * so a record never exists without its job, into an empty output folder. The seed may skip it (`skipMediaJobs`).
 */
export const queueProcessing: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (req.context.mediaWorkflow || req.context.skipMediaJobs) return doc
  if (operation !== 'create' && !req.file) return doc
  await emptyOutputFolder(req.payload, doc.id)
  await req.payload.jobs.queue({
    workflow: 'processMedia',
    input: { media: String(doc.id) },
    queue: QUEUES.media,
    req,
  })
  return doc
}
