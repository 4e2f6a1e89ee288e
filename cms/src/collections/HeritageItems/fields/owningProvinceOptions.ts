import type { FilterOptionsProps, PayloadRequest, Where } from 'payload'

import { hasRole } from '../../../access/roles'
import { provincesOf, userOf } from '../../../access/scope'
import { type Id, idOf } from '../../../lib/idOf'
import type { HeritageItem } from '../../../payload-types'

const PROVINCE: Where = { type: { equals: 'province' } }
/** Current provinces (the gazetteer keeps the merged ones, with `validTo`). */
const CURRENT: Where = { validTo: { exists: false } }

/** The owning province the record has now (read raw: a value to keep, not a record to show). */
async function storedProvince(req: PayloadRequest, id: Id): Promise<Where[]> {
  const doc = await req.payload.db.findOne<Pick<HeritageItem, 'id' | 'owningProvince'>>({
    collection: 'heritage-items',
    where: { id: { equals: id } },
    select: { owningProvince: true },
    req,
  })
  const province = doc?.owningProvince
  if (province == null) return []
  return [{ id: { equals: idOf(province) } }]
}

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
export const owningProvinceOptions = async ({ id, req }: FilterOptionsProps): Promise<Where> => {
  const user = userOf(req)
  if (user && !hasRole(user, 'admin')) return { and: [PROVINCE, { id: { in: provincesOf(user) } }] }
  const kept = id == null ? [] : await storedProvince(req, id)
  return { and: [PROVINCE, { or: [CURRENT, ...kept] }] }
}
