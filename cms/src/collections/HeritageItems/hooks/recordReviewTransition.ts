import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { idOf } from '../../../lib/idOf'
import { canTransition, REVIEW_STATE_LABELS, roleMayMove } from '../../../lib/reviewWorkflow'
import type { HeritageItem } from '../../../payload-types'
import { latestVersion } from './latestVersion'

type HistoryRow = NonNullable<HeritageItem['reviewHistory']>[number]

/**
 * Refuses a move the workflow does not allow, or the signed-in user's roles do not (ROLE_MOVES; the
 * system itself, with no user, may make any move of the graph), and records every move (who, when, from, to, note) in
 * `reviewHistory`, which nobody edits by hand. A record a signed-in user creates starts as a draft: asking
 * for another state at creation is a move from "draft", checked like any other.
 */
export const recordReviewTransition: CollectionBeforeChangeHook<HeritageItem> = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const latest = operation === 'update' ? ((await latestVersion(req, originalDoc?.id)) ?? originalDoc) : originalDoc
  const stored = latest?.reviewState ?? null
  // Any signed-in user is held to the role table (no roles: no moves); only the system (no user) is not.
  const roles = req.user ? (req.user.roles ?? []) : undefined
  // What the checks start from: the stored state, or "draft" for a record a signed-in user creates.
  const from = stored ?? (roles ? 'draft' : null)
  const to = data.reviewState ?? from ?? 'draft'
  const history = (latest?.reviewHistory ?? []).map(({ from, to, by, at, note }) => ({
    from,
    to,
    by: by == null ? null : idOf(by),
    at,
    note,
  }))
  if (operation === 'update' && from && from === to) return { ...data, reviewHistory: history }
  const refused =
    from && !canTransition(from, to)
      ? MESSAGES.reviewTransition
      : from && roles && !roleMayMove(roles, from, to)
        ? MESSAGES.roleMove
        : null
  if (from && refused) {
    const language = req.i18n?.language === 'en' ? 'en' : 'vi'
    const names = { from: REVIEW_STATE_LABELS[from][language], to: REVIEW_STATE_LABELS[to][language] }
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'reviewState', message: localMessage(req, refused, names) }] },
      req.t,
    )
  }
  const move: HistoryRow = {
    from: stored,
    to,
    by: req.user?.id ?? null,
    at: new Date().toISOString(),
    note: data.reviewNote || null,
  }
  return { ...data, reviewState: to, reviewNote: null, reviewHistory: [...history, move] }
}
