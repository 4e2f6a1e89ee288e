import type { PlaceId } from '../lib/gazetteer'

// Numbers in SQLite, strings in MongoDB.
const isPlaceId = (value: unknown): value is PlaceId =>
  (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && value.length > 0)

/** The place ids in a `reindexPlaces` job's stored input (`{ places: [...] }`); anything else is dropped. */
export function placeIdsIn(input: unknown): PlaceId[] {
  if (typeof input !== 'object' || input === null || !('places' in input) || !Array.isArray(input.places)) return []
  return [...new Map(input.places.filter(isPlaceId).map((id) => [String(id), id])).values()]
}
