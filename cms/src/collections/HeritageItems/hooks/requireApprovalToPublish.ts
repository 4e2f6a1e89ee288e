import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { canTransition } from '../../../lib/reviewWorkflow'
import type { HeritageItem } from '../../../payload-types'
import { latestVersion } from './latestVersion'

/**
 * Payload's "Publish" button follows the review workflow: publishing an approved record moves it to
 * "published" (a recorded review move); publishing anything not yet approved is refused. The state that
 * counts is the one stored, never the one the save claims: a new record made by a signed-in user is a
 * draft, so it cannot be published at once. Work done by the system itself (no signed-in user: seeds,
 * imports) is not held back.
 */
export const requireApprovalToPublish: CollectionBeforeChangeHook<HeritageItem> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || data._status !== 'published') return data
  const latest = operation === 'update' ? await latestVersion(req, originalDoc?.id) : undefined
  const current = (latest ?? originalDoc)?.reviewState ?? 'draft'
  const asked = data.reviewState
  if (current === 'approved' || current === 'published') {
    if (asked === undefined || asked === 'published' || asked === current) return { ...data, reviewState: 'published' }
  }
  // Another move into "published" the graph allows (an admin bringing back an archived record): the role
  // check of recordReviewTransition decides.
  else if (operation === 'update' && asked === 'published' && canTransition(current, 'published')) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'reviewState', message: localMessage(req, MESSAGES.publishNeedsApproval) }],
    },
    req.t,
  )
}
