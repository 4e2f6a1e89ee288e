import type { Access, Where } from 'payload'
import { researcherGrantsWhere } from '../../../access/researcherGrants'
import { hasRole } from '../../../access/roles'
import { inProvinces, provincesOf, publishedPublic, userOf } from '../../../access/scope'
import { idOrNull } from '../../../lib/idOf'
import type { HeritageItem } from '../../../payload-types'

/**
 * Who may do what with heritage items, as query constraints so REST, GraphQL, the Local API, counts,
 * relationship population and version history all apply the same rule.
 *
 * | role        | read                                                   | write                                |
 * |-------------|--------------------------------------------------------|--------------------------------------|
 * | admin       | everything                                             | everything                           |
 * | editor      | own provinces; elsewhere published + public            | own provinces                        |
 * | reviewer    | own provinces; elsewhere published + public            | own provinces (review moves)         |
 * | contributor | own records, own provinces; published + public         | own records while draft / sent back  |
 * | researcher  | published + public; published records they're granted | nothing                              |
 * | anonymous   | published + public                                     | nothing                              |
 */
const readRule =
  (prefix: string): Access =>
  async ({ req }) => {
    const user = userOf(req)
    if (!user) return publishedPublic(prefix)
    if (hasRole(user, 'admin')) return true
    const open: Where[] = [publishedPublic(prefix)]
    if (hasRole(user, 'editor', 'reviewer', 'contributor')) open.push(inProvinces(user, prefix))
    if (hasRole(user, 'contributor')) open.push({ [`${prefix}createdBy`]: { equals: user.id } })
    if (hasRole(user, 'researcher')) {
      const granted = await researcherGrantsWhere(req, user, prefix)
      if (granted) open.push({ and: [{ [`${prefix}_status`]: { equals: 'published' } }, granted] })
    }
    return { or: open }
  }

export const readHeritageItems = readRule('')

export const createHeritageItems: Access<Partial<HeritageItem>> = ({ req, data }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor', 'contributor') || provincesOf(user).length === 0) return false
  // The admin asks "may this user create at all?" with no province in the data (`/api/access` sends no
  // data, the create view `{ _status: 'draft' }`): the role and a province to work in are enough. A save
  // without a province gets the user's own as its default, and `keepInOwnProvinces` checks the value
  // actually saved; with a province in the data, it decides here already.
  const province = data?.owningProvince
  if (province == null) return true
  return provincesOf(user)
    .map(String)
    .includes(String(idOrNull(province)))
}

export const updateHeritageItems: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const open: Where[] = []
  if (hasRole(user, 'editor', 'reviewer')) open.push(inProvinces(user))
  if (hasRole(user, 'contributor')) {
    open.push({ and: [{ createdBy: { equals: user.id } }, { reviewState: { in: ['draft', 'changes_requested'] } }] })
  }
  return open.length ? { or: open } : false
}

export const deleteHeritageItems: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  return hasRole(user, 'editor') ? inProvinces(user) : false
}
