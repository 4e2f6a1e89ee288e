import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** The archive's roles. Who may do what in which province: `scope.ts` and the collections' access rules. */
export const ROLES = ['admin', 'editor', 'contributor', 'reviewer', 'researcher'] as const
export type Role = (typeof ROLES)[number]

type RoleHolder = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))

const userOf = (req: PayloadRequest): RoleHolder => req.user as RoleHolder

export const isAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')
export const isEditorOrAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor')

/** Admins see everyone; a signed-in user sees only themself; anonymous readers see nobody. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(userOf(req), 'admin')) return true
  return { id: { equals: req.user.id } }
}
