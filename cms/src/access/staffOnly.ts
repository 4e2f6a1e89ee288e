import type { FieldAccess } from 'payload'

import { isStaff, userOf } from './scope'

/** Field-level: internal workflow data (who created it, review notes, consent papers) stays with staff. */
export const staffOnly: FieldAccess = ({ req }) => isStaff(userOf(req))
