import type { Access, FieldAccess } from 'payload'

/** The archive's roles. Who may do what in which province: `scope.ts` and the collections' access rules. */
export const ROLES = ['admin', 'editor', 'contributor', 'reviewer', 'researcher'] as const
export type Role = (typeof ROLES)[number]

type RoleHolder = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.some((wanted) => wanted === role)))

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Admins see everyone; a signed-in user sees only themself; anonymous readers see nobody. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
