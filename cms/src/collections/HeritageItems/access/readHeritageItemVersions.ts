import type { Access, Where } from 'payload'

import { researcherGrantsWhere } from '../../../access/researcherGrants'
import { hasRole } from '../../../access/roles'
import { inProvinces, userOf } from '../../../access/scope'

/**
 * Version history of heritage items (DESIGN.md §5, "history is not public"): matched on the PARENT record
 * as it is now, never on the fields of an old version (an old version of a record that is restricted now
 * was public once). Admins read all of it; editors, reviewers and contributors the history of the records
 * of their provinces (contributors also of their own records); researchers that of the published records
 * their grants open today; nobody else any. Returned as a query on `parent`, so REST, GraphQL and the admin
 * apply the same rule.
 */
export const readHeritageItemVersions: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const cacheKey = `versionParents:${String(user.id)}`
  const cached = req.context[cacheKey] as (string | number)[] | undefined
  const parents = cached ?? (await readableParents(req, user))
  req.context[cacheKey] = parents
  return parents.length ? { parent: { in: parents } } : false
}

async function readableParents(
  req: Parameters<Access>[0]['req'],
  user: NonNullable<ReturnType<typeof userOf>>,
): Promise<(string | number)[]> {
  const scope: Where[] = []
  if (hasRole(user, 'editor', 'reviewer', 'contributor')) scope.push(inProvinces(user))
  if (hasRole(user, 'contributor')) scope.push({ createdBy: { equals: user.id } })
  if (hasRole(user, 'researcher')) {
    const granted = await researcherGrantsWhere(req, user)
    if (granted) scope.push({ and: [{ _status: { equals: 'published' } }, granted] })
  }
  if (!scope.length) return []
  // Ids only, from the database adapter: the admin asks this rule on every page it renders (permissions),
  // and loading thousands of records through the Local API (their read hooks included) cost a second there.
  const { docs } = await req.payload.db.find<{ id: string | number }>({
    collection: 'heritage-items',
    where: { or: scope },
    select: { id: true },
    limit: 0,
    pagination: false,
    req,
  })
  return docs.map((doc) => doc.id)
}
