import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasRole } from '../../../access/roles'
import { userOf } from '../../../access/scope'
import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'

/**
 * People belong to no province, and a public person is on the site at once: a save by anyone but an admin
 * that would leave a person published AND public is refused (editors save drafts, which an admin publishes;
 * a published person at another level is staff-only and may be edited). Checked on the new values.
 */
export const publishPeopleAsAdmin: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const user = userOf(req)
  if (!user || hasRole(user, 'admin')) return data
  const status = data._status ?? originalDoc?._status
  const level = data.accessLevel ?? originalDoc?.accessLevel
  if (status !== 'published' || level !== 'public') return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'accessLevel', message: localMessage(req, MESSAGES.personPublishAdminOnly) }],
    },
    req.t,
  )
}
