import type { PayloadRequest } from 'payload'

import { type LocalText, localMessage } from '../../i18n/localMessage'
import { isIdShaped } from '../../lib/idShape'
import type { Media } from '../../payload-types'

/** What the media endpoints answer, in the requester's language. */
export const ENDPOINT_TEXT = {
  notFound: { vi: 'Không tìm thấy tệp', en: 'File not found' },
  busy: { vi: 'Tệp này đang được xử lý', en: 'This file is already being processed' },
  forbidden: { vi: 'Bạn không có quyền xử lý lại tệp này', en: 'You are not allowed to reprocess this file' },
  queued: { vi: 'Đã xếp hàng xử lý lại', en: 'Queued for processing again' },
} satisfies Record<string, LocalText>

export const jsonMessage = (req: PayloadRequest, status: number, text: LocalText) =>
  Response.json({ message: localMessage(req, text) }, { status })

/** The media record if the requester may read it (same rules as the original file), else null. */
export async function readableMedia(req: PayloadRequest): Promise<Media | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!isIdShaped(req.payload, id)) return null
  const found = await req.payload.find({
    collection: 'media',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs[0] ?? null
}
