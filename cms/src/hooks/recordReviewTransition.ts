import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { canTransition, REVIEW_STATE_LABELS, type ReviewState } from '../lib/reviewWorkflow'

type HistoryRow = { from?: ReviewState | null; to: ReviewState; by?: unknown; at: string; note?: string | null }

/**
 * Refuses a move the workflow does not allow, and records every move (who, when, from, to, note) in
 * `reviewHistory`, which nobody edits by hand.
 */
export const recordReviewTransition: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const from = (originalDoc?.reviewState as ReviewState | undefined) ?? null
  const to = (data.reviewState as ReviewState | undefined) ?? from ?? 'draft'
  const history = ((originalDoc?.reviewHistory as HistoryRow[] | undefined) ?? []).map(
    ({ from, to, by, at, note }) => ({
      from,
      to,
      by: typeof by === 'object' && by !== null && 'id' in by ? by.id : by,
      at,
      note,
    }),
  )
  if (operation === 'update' && from && from === to) return { ...data, reviewHistory: history }
  if (from && !canTransition(from, to)) {
    const language = req.i18n?.language === 'en' ? 'en' : 'vi'
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'reviewState',
            message: localMessage(req, MESSAGES.reviewTransition, {
              from: REVIEW_STATE_LABELS[from][language],
              to: REVIEW_STATE_LABELS[to][language],
            }),
          },
        ],
      },
      req.t,
    )
  }
  const move: HistoryRow = {
    from,
    to,
    by: req.user?.id ?? null,
    at: new Date().toISOString(),
    note: (data.reviewNote as string) || null,
  }
  return { ...data, reviewState: to, reviewNote: null, reviewHistory: [...history, move] }
}
