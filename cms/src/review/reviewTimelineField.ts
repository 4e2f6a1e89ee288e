import type { Field, FieldHook } from 'payload'

import { staffOnly } from '../access/staffOnly'
import { idOrNull } from '../lib/idOf'
import type { ReviewState } from '../lib/reviewWorkflow'

/** One move as the timeline shows it: who (name, else email; none for the system), what, when, the note. */
export type TimelineEntry = {
  from: ReviewState | null
  to: ReviewState
  by: string | null
  at: string
  note: string | null
}

type HistoryRow = { from?: ReviewState | null; to: ReviewState; by?: unknown; at: string; note?: string | null }

/**
 * Fills the timeline from `reviewHistory` on a single record's read (the edit view, a save's answer), with
 * the names of the people who moved it; lists (`findMany`) skip it, so a list of 10 000 costs nothing more.
 */
const fillTimeline: FieldHook = async ({ findMany, req, siblingData }) => {
  const history = (siblingData?.reviewHistory as HistoryRow[] | undefined) ?? []
  if (findMany || !history.length) return findMany ? undefined : []
  const ids = [...new Set(history.map((row) => idOrNull(row.by)).filter((id) => id != null))]
  const people = ids.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { name: true, email: true },
        req,
      })
    : { docs: [] }
  const names = new Map(people.docs.map((user) => [String(user.id), user.name?.trim() || user.email]))
  return history.map(
    (row): TimelineEntry => ({
      from: row.from ?? null,
      to: row.to,
      by: names.get(String(idOrNull(row.by))) ?? null,
      at: row.at,
      note: row.note ?? null,
    }),
  )
}

/** The review history as a readable timeline in the edit view (staff only, like the history itself). */
export const reviewTimelineField = (): Field => ({
  name: 'reviewTimeline',
  type: 'json',
  virtual: true,
  label: { vi: 'Lịch sử thẩm định', en: 'Review history' },
  access: { read: staffOnly, create: () => false, update: () => false },
  hooks: { afterRead: [fillTimeline] },
  admin: { readOnly: true, components: { Field: '/review/components/ReviewTimeline#ReviewTimeline' } },
})
