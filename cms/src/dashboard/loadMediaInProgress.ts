import type { PayloadRequest, Where } from 'payload'

import { mediaOf } from '../access/mediaScope'
import { hasRole } from '../access/roles'
import { userOf } from '../access/scope'
import { sameId } from '../lib/idOf'
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
 * The viewer's own unfinished files (failed first, then the newest): an admin's every file; other staff
 * only their work (`mediaOf`: what they uploaded or a record of their provinces uses, for a contributor also
 * their own records), not every public file another province is processing. Each comes with the records that
 * use it, also read with the viewer's access.
 */
export async function loadMediaInProgress(
  req: PayloadRequest,
  lang: 'vi' | 'en',
): Promise<{ entries: MediaEntry[]; total: number }> {
  const user = userOf(req)
  const unfinished: Where = { 'processing.status': { in: UNFINISHED } }
  const mine = user && !hasRole(user, 'admin') ? await mediaOf(req, user) : null
  if (mine && !mine.length) return { entries: [], total: 0 }
  const found = await req.payload.find({
    collection: 'media',
    ...asViewer(req),
    depth: 0,
    limit: LIMIT,
    sort: '-updatedAt',
    where: mine ? { and: [unfinished, { id: { in: mine } }] } : unfinished,
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
      .filter((item) => (item.media ?? []).some((ref) => sameId(ref, doc.id)))
      .map((item) => ({ id: item.id, title: item.title || `#${item.id}` })),
  }))
  entries.sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'))
  return { entries, total: found.totalDocs }
}
