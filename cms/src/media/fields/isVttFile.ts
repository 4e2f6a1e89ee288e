import type { UploadFieldSingleValidation } from 'payload'

import { localMessage } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'

/** A caption track's file must be a WebVTT file (`.vtt`), whichever media record is chosen. */
export const isVttFile: UploadFieldSingleValidation = async (value, { req }) => {
  if (value == null) return localMessage(req, MESSAGES.vttFile)
  const id = typeof value === 'object' && 'id' in value ? value.id : value
  if (typeof id !== 'string' && typeof id !== 'number') return localMessage(req, MESSAGES.vttFile)
  const file = await req.payload.findByID({ collection: 'media', id, req, depth: 0, overrideAccess: true })
  return file.filename?.toLowerCase().endsWith('.vtt') || localMessage(req, MESSAGES.vttFile)
}
