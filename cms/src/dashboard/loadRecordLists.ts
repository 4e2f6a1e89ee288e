import type { PayloadRequest, Where } from 'payload'
import type { ScopedUser } from '../access/scope'
import { settingsOf } from '../config/settings'
import type { HeritageItem } from '../payload-types'
import { asViewer } from './asViewer'
import { publicPageUrl } from './publicPageUrl'
import { within } from './viewerScope'

type Id = string | number
const LIST_SIZE = 8

export type DashboardItem = {
  id: Id
  title: string
  updatedAt: string
  publicUrl: string | null
  /** The last review move that sent it back: its note and when. */
  sentBack?: { note: string | null; at: string }
}
export type RecordList = { items: DashboardItem[]; total: number; where: Where }

type Lang = 'vi' | 'en'

/** The public pages of those of `ids` that have a published, public version (their site address). */
async function publicPages(req: PayloadRequest, ids: Id[], lang: Lang): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const published = await req.payload.find({
    collection: 'heritage-items',
    ...asViewer(req),
    depth: 0,
    draft: false,
    pagination: false,
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    select: { slug: true, accessLevel: true },
  })
  return new Map(
    published.docs.flatMap((doc) => {
      const url = publicPageUrl(
        settingsOf(req.payload).siteUrl,
        { slug: doc.slug, accessLevel: doc.accessLevel, published: true },
        lang,
      )
      return url ? [[String(doc.id), url] as const] : []
    }),
  )
}

const lastSendBack = (doc: Pick<HeritageItem, 'reviewHistory'>) => {
  const move = [...(doc.reviewHistory ?? [])].reverse().find((row) => row.to === 'changes_requested')
  return move ? { note: move.note ?? null, at: move.at } : undefined
}

/**
 * One list of the dashboard: the latest versions matching `where` within `scope`, read with the viewer's
 * own access, newest first (oldest first for a queue), with the total and each record's public page.
 */
export async function loadRecordList(
  req: PayloadRequest,
  scope: Where,
  where: Where,
  lang: Lang,
  order: 'newest' | 'oldest' = 'newest',
): Promise<RecordList> {
  const full = within(scope, where)
  const found = await req.payload.find({
    collection: 'heritage-items',
    ...asViewer(req),
    depth: 0,
    draft: true,
    locale: lang,
    limit: LIST_SIZE,
    sort: order === 'newest' ? '-updatedAt' : 'updatedAt',
    where: full,
    select: { title: true, updatedAt: true, reviewHistory: true },
  })
  const pages = await publicPages(
    req,
    found.docs.map((doc) => doc.id),
    lang,
  )
  return {
    total: found.totalDocs,
    where: full,
    items: found.docs.map((doc) => ({
      id: doc.id,
      title: doc.title || `#${doc.id}`,
      updatedAt: doc.updatedAt,
      publicUrl: pages.get(String(doc.id)) ?? null,
      sentBack: lastSendBack(doc),
    })),
  }
}

export const mine = (user: ScopedUser, state: string): Where => ({
  and: [{ createdBy: { equals: user.id } }, { reviewState: { equals: state } }],
})
