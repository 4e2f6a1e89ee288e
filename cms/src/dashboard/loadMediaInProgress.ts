import type { PayloadRequest } from 'payload'
import { asViewer } from './asViewer'

type Id = string | number
const LIMIT = 6
export const UNFINISHED = ['queued', 'processing', 'retrying', 'failed']

export type MediaEntry = {
  id: Id
  name: string
  caption: string | null
  status: string
  percent: number | null
  errorCode: string | null
  usedBy: { id: Id; title: string }[]
}

/**
 * Files the viewer may read whose processing is not finished or failed (failed first, then the newest),
 * each with the records that use them, also read with the viewer's access.
 */
export async function loadMediaInProgress(
  req: PayloadRequest,
  lang: 'vi' | 'en',
): Promise<{ entries: MediaEntry[]; total: number }> {
  const found = await req.payload.find({
    collection: 'media',
    ...asViewer(req),
    depth: 0,
    limit: LIMIT,
    sort: '-updatedAt',
    where: { 'processing.status': { in: UNFINISHED } },
    select: { originalFilename: true, filename: true, caption: true, processing: true },
  })
  const ids = found.docs.map((doc) => doc.id)
  const users = ids.length
    ? await req.payload.find({
        collection: 'heritage-items',
        ...asViewer(req),
        depth: 0,
        draft: true,
        locale: lang,
        pagination: false,
        where: { media: { in: ids } },
        select: { title: true, media: true },
      })
    : { docs: [] }
  const entries = found.docs.map((doc) => ({
    id: doc.id,
    name: doc.originalFilename || doc.filename || `#${doc.id}`,
    caption: doc.caption ?? null,
    status: doc.processing?.status ?? 'queued',
    percent: doc.processing?.percent ?? null,
    errorCode: doc.processing?.errorCode ?? null,
    usedBy: users.docs
      .filter((item) =>
        (item.media ?? []).some((ref) => String(typeof ref === 'object' ? ref.id : ref) === String(doc.id)),
      )
      .map((item) => ({ id: item.id, title: item.title || `#${item.id}` })),
  }))
  entries.sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'))
  return { entries, total: found.totalDocs }
}
