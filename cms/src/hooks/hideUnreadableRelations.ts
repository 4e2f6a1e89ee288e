import type { CollectionAfterReadHook, CollectionSlug, PayloadRequest } from 'payload'

import { isStaff, userOf } from '../access/scope'
import { idOrNull as idOf } from '../lib/idOf'

type Id = string | number

/**
 * Which of these ids of `collection` the reader may read: asked through the collection's own read rule, in
 * pages of 100 (the most one outside reader's list returns), remembered for the rest of the request.
 */
export async function readableIds(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Set<string>> {
  req.context.readableIds ??= {}
  const cache = req.context.readableIds as Record<string, Record<string, boolean>>
  cache[collection] ??= {}
  const known = cache[collection]
  const unknown = [...new Set(ids.map(String))].filter((id) => !(id in known))
  for (const id of unknown) known[id] = false
  for (let start = 0; start < unknown.length; start += 100) {
    const page = unknown.slice(start, start + 100)
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: page } },
      depth: 0,
      limit: page.length,
      overrideAccess: false,
      // A collection the reader may not read at all (users) answers "none", not an error.
      disableErrors: true,
      user: req.user,
      req,
    })
    for (const doc of docs) known[String(doc.id)] = true
  }
  return new Set(
    Object.entries(known)
      .filter(([, ok]) => ok)
      .map(([id]) => id),
  )
}

export type RelationSpec =
  | { field: string; collection: CollectionSlug; many?: boolean }
  | { array: string; field: string; collection: CollectionSlug }

/**
 * For readers outside the staff: drops relations to documents they may not read, so a public record
 * never reveals a restricted person or file — not its id, name or file name. (Payload itself leaves the
 * bare id of a related document the reader may not see.) Array rows pointing to such a document go
 * entirely: a row "elder: <hidden>" would still say someone is there.
 */
export const hideUnreadableRelations =
  (specs: RelationSpec[]): CollectionAfterReadHook =>
  async ({ doc, req, overrideAccess }) => {
    // The system reading with access overridden (seeds, jobs, exports decide for themselves) and staff see everything.
    if (overrideAccess || isStaff(userOf(req)) || !doc) return doc
    const out = { ...doc }
    for (const spec of specs) {
      if ('array' in spec) {
        const rows = (out[spec.array] ?? []) as Record<string, unknown>[]
        const ids = rows.map((row) => idOf(row[spec.field])).filter((id): id is Id => id != null)
        const ok = await readableIds(req, spec.collection, ids)
        out[spec.array] = rows.filter((row) => ok.has(String(idOf(row[spec.field]))))
      } else if (spec.many) {
        const values = (out[spec.field] ?? []) as unknown[]
        const ok = await readableIds(
          req,
          spec.collection,
          values.map(idOf).filter((id): id is Id => id != null),
        )
        out[spec.field] = values.filter((value) => ok.has(String(idOf(value))))
      } else {
        const id = idOf(out[spec.field])
        if (id != null && !(await readableIds(req, spec.collection, [id])).has(String(id))) out[spec.field] = null
      }
    }
    return out
  }
