import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { hasRole } from '../../../access/roles'
import type { HeritageItem } from '../../../payload-types'
import { latestVersion } from './latestVersion'

/**
 * A contributor (with no editor or reviewer role) edits a record only while it is a draft or sent back
 * for changes. Checked on the latest version here, because a draft save leaves the stored document —
 * which the update access rule filters — as it was.
 */
export const contributorsEditOpenDrafts: CollectionBeforeChangeHook<HeritageItem> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (operation !== 'update' || !user || hasRole(user, 'admin', 'editor', 'reviewer') || !hasRole(user, 'contributor'))
    return data
  const state = (await latestVersion(req, originalDoc?.id))?.reviewState
  if (state === 'draft' || state === 'changes_requested') return data
  throw new Forbidden(req.t)
}
