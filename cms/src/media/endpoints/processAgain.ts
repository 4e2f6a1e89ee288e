import type { Endpoint } from 'payload'

import { changeMedia } from '../../access/mediaScope'
import { hasRole } from '../../access/roles'
import { localMessage } from '../../i18n/localMessage'
import { QUEUES } from '../../jobs/queues'
import { emptyOutputFolder } from '../emptyOutputFolder'
import { writeProcessing } from '../state'
import { ENDPOINT_TEXT, jsonMessage, readableMedia } from './readableMedia'

/** `POST /api/media/:id/process`: editors start the workflow again (the original is read, never changed). */
export const processAgain: Endpoint = {
  path: '/:id/process',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) return jsonMessage(req, 403, ENDPOINT_TEXT.forbidden)
    const media = await readableMedia(req)
    if (!media) return jsonMessage(req, 404, ENDPOINT_TEXT.notFound)
    // Processing again changes the file's derivatives: the same rule as changing the record.
    const change = await changeMedia({ req })
    const mayChange =
      change === true ||
      (change !== false &&
        (await req.payload.count({ collection: 'media', where: { and: [{ id: { equals: media.id } }, change] }, req }))
          .totalDocs > 0)
    if (!mayChange) return jsonMessage(req, 403, ENDPOINT_TEXT.forbidden)
    if (['queued', 'processing', 'retrying'].includes(media.processing?.status ?? ''))
      return jsonMessage(req, 409, ENDPOINT_TEXT.busy)
    // From nothing: the old derivatives go, and the record lists none until the workflow makes them again.
    await emptyOutputFolder(req.payload, media.id)
    await req.payload.update({
      collection: 'media',
      id: media.id,
      data: { derivatives: null },
      depth: 0,
      overrideAccess: true,
      context: { skipAudit: true, mediaWorkflow: true },
    })
    await writeProcessing(req.payload, media.id, {
      status: 'queued',
      step: null,
      percent: 0,
      errorCode: null,
      errorDetail: null,
      finishedAt: null,
    })
    await req.payload.jobs.queue({ workflow: 'processMedia', input: { media: String(media.id) }, queue: QUEUES.media })
    return Response.json({ message: localMessage(req, ENDPOINT_TEXT.queued) }, { status: 202 })
  },
}
