import type { PayloadRequest } from 'payload'
import { hasRole } from '../access/roles'
import { isStaff, provincesOf, userOf } from '../access/scope'
import type { ReviewState } from '../lib/reviewWorkflow'
import { asViewer } from './asViewer'
import { countByState } from './countByState'
import { loadMediaInProgress, type MediaEntry } from './loadMediaInProgress'
import { loadProgramme, type ProgrammeReport } from './loadProgramme'
import { loadRecordList, mine, type RecordList } from './loadRecordLists'
import { viewerScope } from './viewerScope'

export type DashboardData =
  | { kind: 'researcher' }
  | { kind: 'noProvince' }
  | {
      kind: 'staff'
      scope: 'all' | 'provinces'
      provinces: string[]
      counts: Record<ReviewState, number>
      lists: Partial<Record<'myDrafts' | 'sentBack' | 'awaiting' | 'approved' | 'published', RecordList>>
      media: { entries: MediaEntry[]; total: number }
      programme: ProgrammeReport | null
    }

/**
 * Everything the signed-in user's dashboard shows, by role: contributors (and editors, admins) their drafts
 * and what was sent back to them; reviewers, editors and admins what awaits review, what is approved and
 * what was just published in their provinces; everyone the unfinished media they may read, the counts by
 * state and the programme figures. Every query runs with the user's own access.
 */
export async function loadDashboard(req: PayloadRequest, lang: 'vi' | 'en'): Promise<DashboardData> {
  const user = userOf(req)
  if (!user || !isStaff(user)) return { kind: 'researcher' }
  const scope = viewerScope(user)
  if (!scope) return { kind: 'noProvince' }
  const writes = hasRole(user, 'admin', 'editor', 'contributor')
  const reviews = hasRole(user, 'admin', 'editor', 'reviewer')
  const list = (where: Parameters<typeof loadRecordList>[2], order?: 'newest' | 'oldest') =>
    loadRecordList(req, scope, where, lang, order)
  const [myDrafts, sentBack, awaiting, approved, published, counts, media, programme, provinces] = await Promise.all([
    writes ? list(mine(user, 'draft')) : undefined,
    writes ? list(mine(user, 'changes_requested')) : undefined,
    reviews ? list({ reviewState: { equals: 'submitted' } }, 'oldest') : undefined,
    reviews ? list({ reviewState: { equals: 'approved' } }, 'oldest') : undefined,
    reviews ? list({ reviewState: { equals: 'published' } }) : undefined,
    countByState(req, scope),
    loadMediaInProgress(req, lang),
    loadProgramme(req, lang),
    provinceNames(req, lang),
  ])
  return {
    kind: 'staff',
    scope: Object.keys(scope).length ? 'provinces' : 'all',
    provinces,
    counts,
    lists: { myDrafts, sentBack, awaiting, approved, published },
    media,
    programme,
  }
}

async function provinceNames(req: PayloadRequest, lang: 'vi' | 'en'): Promise<string[]> {
  const ids = provincesOf(userOf(req))
  if (!ids.length || hasRole(userOf(req), 'admin')) return []
  const found = await req.payload.find({
    collection: 'places',
    ...asViewer(req),
    depth: 0,
    locale: lang,
    pagination: false,
    where: { id: { in: ids } },
    select: { name: true },
  })
  return found.docs.map((doc) => doc.name)
}
