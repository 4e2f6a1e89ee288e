import type { AfterErrorHook } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { PROCESSING_ERRORS } from './messages'

/** Payload's own upload checks answer in English; the officer reads ours instead (vi, or en if asked). */
const PAYLOAD_UPLOAD_ERRORS = [
  { payload: 'Invalid or corrupted ISO base media file.', ours: PROCESSING_ERRORS.corrupt },
  { payload: 'SVG file contains potentially harmful content.', ours: PROCESSING_ERRORS['unsafe-content'] },
]

export const translateUploadErrors: AfterErrorHook = ({ req, result }) => {
  if (!result) return
  let text = JSON.stringify(result)
  const before = text
  for (const { payload, ours } of PAYLOAD_UPLOAD_ERRORS)
    text = text.replaceAll(JSON.stringify(payload).slice(1, -1), JSON.stringify(localMessage(req, ours)).slice(1, -1))
  if (text !== before) return { response: JSON.parse(text) as typeof result }
}
