import type { Id } from '../lib/idOf'

/**
 * What a `reindexPlaces` job re-indexes: the items at or under these `places`, and these `items` by id
 * (the items that were under a place when it was deleted: once it is gone, nothing points to it any more).
 */
export type ReindexTargets = { places: Id[]; items: Id[] }

// Numbers in SQLite, strings in MongoDB.
const isId = (value: unknown): value is Id =>
  (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && value.length > 0)

const idsIn = (list: unknown): Id[] =>
  Array.isArray(list) ? [...new Map(list.filter(isId).map((id) => [String(id), id])).values()] : []

/** The targets in a `reindexPlaces` job's stored input (`{ places: [...], items?: [...] }`); anything else is dropped. */
export function reindexTargetsIn(input: unknown): ReindexTargets {
  if (typeof input !== 'object' || input === null) return { places: [], items: [] }
  return {
    places: idsIn('places' in input ? input.places : undefined),
    items: idsIn('items' in input ? input.items : undefined),
  }
}
