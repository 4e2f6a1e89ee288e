import type { Where } from 'payload'

import { hasRole } from '../access/roles'
import { isStaff, provincesOf, type ScopedUser } from '../access/scope'

/**
 * The records a dashboard or a programme report covers, on top of the viewer's read access: an admin's
 * the whole archive (`{}`), other staff those of their provinces, nobody else any (`null`). A scoped
 * account without provinces covers nothing.
 */
export function viewerScope(user: ScopedUser | null): Where | null {
  if (!user || !isStaff(user)) return null
  if (hasRole(user, 'admin')) return {}
  const provinces = provincesOf(user)
  return provinces.length ? { owningProvince: { in: provinces } } : null
}

/** `where` and the scope together. */
export const within = (scope: Where, where: Where): Where =>
  Object.keys(scope).length ? { and: [scope, where] } : where
