import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../lib/idOf'
import type { ScopedUser } from './scope'

type Grant = { scope: string; item?: unknown; ethnicGroup?: unknown; collection?: string | null }

/**
 * The records a researcher's unexpired grants open, as a query on heritage items (or `null` when
 * they have none). Loaded once per request.
 */
export async function researcherGrantsWhere(req: PayloadRequest, user: ScopedUser, prefix = ''): Promise<Where | null> {
  const cacheKey = `grants:${String(user.id)}`
  const cached = req.context[cacheKey] as Grant[] | undefined
  const grants =
    cached ??
    ((
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
    ).docs as Grant[])
  req.context[cacheKey] = grants
  const ids = (scope: string, field: 'item' | 'ethnicGroup') =>
    grants.filter((grant) => grant.scope === scope && grant[field] != null).map((grant) => idOf(grant[field] as never))
  const clauses: Where[] = []
  const items = ids('item', 'item')
  const groups = ids('ethnic-group', 'ethnicGroup')
  const collections = grants
    .filter((grant) => grant.scope === 'collection' && grant.collection)
    .map((grant) => grant.collection as string)
  if (items.length) clauses.push({ [`${prefix}id`]: { in: items } })
  if (groups.length) clauses.push({ [`${prefix}ethnicGroups`]: { in: groups } })
  if (collections.length) clauses.push({ [`${prefix}source.collection`]: { in: collections } })
  return clauses.length ? { or: clauses } : null
}
