import type { CollectionAfterReadHook, CollectionSlug, PayloadRequest } from 'payload'

import { isStaff, userOf } from '../access/scope'
import { idOrNull } from '../lib/idOf'

type Id = string | number

type Batch = { ids: Set<string>; done: Promise<void> }
/** Per request and collection: the look-up still collecting ids, and the look-up each id waits for. */
const openBatches = new WeakMap<PayloadRequest, Map<string, Batch>>()
const inFlight = new WeakMap<PayloadRequest, Map<string, Promise<void>>>()

const mapOf = <V>(store: WeakMap<PayloadRequest, Map<string, V>>, req: PayloadRequest): Map<string, V> => {
  const found = store.get(req)
  if (found) return found
  const made = new Map<string, V>()
  store.set(req, made)
  return made
}

/** Asks the collection's read rule about the batch's ids, in pages of 100 (the most one outside reader's list returns). */
async function lookUp(req: PayloadRequest, collection: CollectionSlug, batch: Batch, known: Record<string, boolean>) {
  mapOf(openBatches, req).delete(collection)
  const ids = [...batch.ids]
  // Unreadable until the rule says otherwise; a nested read of the same files (a file's captions are files) sees that.
  for (const id of ids) {
    known[id] = false
    mapOf(inFlight, req).delete(`${collection}:${id}`)
  }
  for (let start = 0; start < ids.length; start += 100) {
    const page = ids.slice(start, start + 100)
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: page } },
      // Only which ids pass the rule: no other column, no relation, no count of the matches.
      select: {},
      depth: 0,
      limit: page.length,
      pagination: false,
      overrideAccess: false,
      // A collection the reader may not read at all (users) answers "none", not an error.
      disableErrors: true,
      user: req.user,
      req,
    })
    for (const doc of docs) known[String(doc.id)] = true
  }
}

/** The look-up that will answer for `id`: the one collecting ids now (started on the next turn of the event loop). */
function enqueue(req: PayloadRequest, collection: CollectionSlug, id: string, known: Record<string, boolean>) {
  const open = mapOf(openBatches, req)
  let batch = open.get(collection)
  if (!batch) {
    const fresh: Batch = { ids: new Set(), done: Promise.resolve() }
    fresh.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => lookUp(req, collection, fresh, known))
    open.set(collection, fresh)
    batch = fresh
  }
  batch.ids.add(id)
  mapOf(inFlight, req).set(`${collection}:${id}`, batch.done)
  return batch.done
}

/**
 * Which of these ids of `collection` the reader may read: asked through the collection's own read rule,
 * remembered for the rest of the request. The records of one list page ask at the same time (Payload reads
 * them in parallel), so their ids are gathered into one look-up rather than one query per record.
 */
export async function readableIds(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Set<string>> {
  req.context.readableIds ??= {}
  const cache = req.context.readableIds as Record<string, Record<string, boolean>>
  cache[collection] ??= {}
  const known = cache[collection]
  const waits = new Set<Promise<void>>()
  for (const id of new Set(ids.map(String))) {
    if (id in known) continue
    waits.add(mapOf(inFlight, req).get(`${collection}:${id}`) ?? enqueue(req, collection, id, known))
  }
  await Promise.all(waits)
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
        const ids = rows.map((row) => idOrNull(row[spec.field])).filter((id): id is Id => id != null)
        const ok = await readableIds(req, spec.collection, ids)
        out[spec.array] = rows.filter((row) => ok.has(String(idOrNull(row[spec.field]))))
      } else if (spec.many) {
        const values = (out[spec.field] ?? []) as unknown[]
        const ok = await readableIds(
          req,
          spec.collection,
          values.map(idOrNull).filter((id): id is Id => id != null),
        )
        out[spec.field] = values.filter((value) => ok.has(String(idOrNull(value))))
      } else {
        const id = idOrNull(out[spec.field])
        if (id != null && !(await readableIds(req, spec.collection, [id])).has(String(id))) out[spec.field] = null
      }
    }
    return out
  }
