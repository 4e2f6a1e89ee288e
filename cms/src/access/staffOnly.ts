import type { Access, FieldAccess } from 'payload'

import { isStaff, userOf } from './scope'

/** Field-level: internal workflow data (who created it, review notes, consent papers) stays with staff. */
export const staffOnly: FieldAccess = ({ req }) => isStaff(userOf(req))

/** Collection-level: only staff (admin, editor, contributor, reviewer). Version history of people and groups. */
export const staffOnlyAccess: Access = ({ req }) => isStaff(userOf(req))
