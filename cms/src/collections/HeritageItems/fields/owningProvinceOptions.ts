import type { FilterOptionsProps, Where } from 'payload'

import { hasRole } from '../../../access/roles'
import { provincesOf, userOf } from '../../../access/scope'
import { currentProvinceOptions, PROVINCE } from '../../../fields/currentProvinceOptions'

const currentOrKept = currentProvinceOptions({ collection: 'heritage-items', field: 'owningProvince' })

/**
 * The provinces a record may be owned by, offered in the form and checked on every validated save:
 * - an officer (editor, contributor): the provinces of their own seat, current or not. The seat is
 *   where the admin says they work, and the one thing their access is scoped by: an officer still seated
 *   in a province that was given a 2025 successor keeps working on its records, and a new record of
 *   theirs goes where those are (refusing it would leave them no province at all, the default refused
 *   too), until the admin moves the seat;
 * - an admin (or the system): a current province, or the one the record already has, so a record
 *   whose province was merged is saved as it is (nothing new is placed in a province that is gone).
 * `keepInOwnProvinces` checks the officer's new value too, drafts included.
 */
export const owningProvinceOptions = async (props: FilterOptionsProps): Promise<Where> => {
  const user = userOf(props.req)
  if (user && !hasRole(user, 'admin')) return { and: [PROVINCE, { id: { in: provincesOf(user) } }] }
  return currentOrKept(props)
}
