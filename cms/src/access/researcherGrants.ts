import type { PayloadRequest, Where } from 'payload'

import { type Id, idOf } from '../lib/idOf'
import type { AccessGrant } from '../payload-types'
import type { ScopedUser } from './scope'

type Grant = Pick<AccessGrant, 'scope' | 'item' | 'ethnicGroup' | 'collection'>

/**
 * The records a researcher's unexpired grants open, as a query on heritage items (or `null` when
 * they have none). Loaded once per request.
 */
export async function researcherGrantsWhere(req: PayloadRequest, user: ScopedUser, prefix = ''): Promise<Where | null> {
  const cacheKey = `grants:${String(user.id)}`
  const cached = req.context[cacheKey] as Grant[] | undefined
  const grants =
    cached ??
    (
      await req.payload.find({
        collection: 'access-grants',
        where: {
          and: [{ researcher: { equals: user.id } }, { expiresAt: { greater_than: new Date().toISOString() } }],
        },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    ).docs
  req.context[cacheKey] = grants
  const ids = (scope: Grant['scope'], field: 'item' | 'ethnicGroup'): Id[] =>
    grants.flatMap((grant) => {
      const ref = grant[field]
      return grant.scope === scope && ref != null ? [idOf(ref)] : []
    })
  const clauses: Where[] = []
  const items = ids('item', 'item')
  const groups = ids('ethnic-group', 'ethnicGroup')
  const collections = grants.flatMap((grant) =>
    grant.scope === 'collection' && grant.collection ? [grant.collection] : [],
  )
  if (items.length) clauses.push({ [`${prefix}id`]: { in: items } })
  if (groups.length) clauses.push({ [`${prefix}ethnicGroups`]: { in: groups } })
  if (collections.length) clauses.push({ [`${prefix}source.collection`]: { in: collections } })
  return clauses.length ? { or: clauses } : null
}
