import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasRole } from '../../../access/roles'
import { provincesOf, userOf } from '../../../access/scope'
import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { idOrNull } from '../../../lib/idOf'

/**
 * A signed-in user other than an admin may place a record only in a province they work for: the NEW
 * owning province is checked on every save, drafts included (the update rule alone checks the stored one,
 * so `PATCH {"owningProvince": other}` used to move a record out of its editor's reach). A new record
 * must have one (the field defaults to the user's first province).
 */
export const keepInOwnProvinces: CollectionBeforeChangeHook = ({ collection, data, operation, req }) => {
  const user = userOf(req)
  // A new record always gets a province (the user's own by default): none at all would leave it in nobody's reach.
  if (!user || hasRole(user, 'admin') || (operation === 'update' && !('owningProvince' in data))) return data
  const wanted = idOrNull(data.owningProvince)
  if (wanted != null && provincesOf(user).map(String).includes(String(wanted))) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'owningProvince', message: localMessage(req, MESSAGES.provinceMove) }],
    },
    req.t,
  )
}
