import type { PayloadRequest } from 'payload'

import { isStaff, userOf } from '../../access/scope'
import { localMessage } from '../../i18n/localMessage'

const NOT_FOUND = { vi: 'Không tìm thấy tệp', en: 'File not found' }

/**
 * `upload.handlers`: an original (as uploaded: it may carry GPS, camera serial numbers, the whole
 * unedited recording) goes to staff only. The public, researchers included, get the derivatives
 * (`/api/media/:id/derivatives/…`), which carry no metadata. No record offers its original for download,
 * so there is no exception. Staff fall through to Payload's own file response, which has already applied
 * the read rule (`readMedia`: public files, and those of the staff member's provinces and uploads).
 */
export function staffOnlyOriginals(req: PayloadRequest): Response | undefined {
  if (isStaff(userOf(req))) return undefined
  return Response.json({ errors: [{ message: localMessage(req, NOT_FOUND) }] }, { status: 404 })
}
