import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { latestVersion } from './latestVersion'

/**
 * Payload's "Publish" button follows the review workflow: publishing an approved record moves it to
 * "published" (a recorded review move); publishing anything not yet approved is refused. Work done by
 * the system itself (no signed-in user: seeds, imports) is not held back.
 */
export const requireApprovalToPublish: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || data._status !== 'published') return data
  const latest = operation === 'update' ? await latestVersion(req, collection.slug, originalDoc?.id) : undefined
  const state = data.reviewState ?? latest?.reviewState ?? originalDoc?.reviewState
  if (state === 'published') return data
  if (state === 'approved') return { ...data, reviewState: 'published' }
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'reviewState', message: localMessage(req, MESSAGES.publishNeedsApproval) }],
    },
    req.t,
  )
}
