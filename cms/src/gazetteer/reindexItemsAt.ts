import type { PayloadRequest, Where } from 'payload'

import type { PlaceId } from '../lib/gazetteer'
import { idOf } from '../lib/idOf'
import type { HeritageItem } from '../payload-types'
import { loadGazetteer } from './loadGazetteer'

const sameIds = (a: readonly PlaceId[], b: readonly PlaceId[]) =>
  a.length === b.length && a.map(String).sort().join() === b.map(String).sort().join()

/** Items placed at or indexed under one of these places. */
export const itemsAtPlaces = (placeIds: readonly PlaceId[]): Where => ({
  or: [{ placesIndex: { in: [...placeIds] } }, { places: { in: [...placeIds] } }],
})

/**
 * After a change to the gazetteer (a place renamed, moved under another parent, given a successor or
 * deleted), recomputes `placesIndex` of every item indexed under those places, the way `indexPlaces` does
 * on a save, and writes it straight to the stored record: the item is not saved again (no new version, no
 * audit entry of its own). Idempotent: an index already right is not written. Returns the ids of the
 * items whose index changed.
 */
export async function reindexItemsAt(req: PayloadRequest, placeIds: readonly PlaceId[]): Promise<HeritageItem['id'][]> {
  if (placeIds.length === 0) return []
  const { payload } = req
  const items = await payload.find({
    collection: 'heritage-items',
    where: itemsAtPlaces(placeIds),
    select: { places: true, placesIndex: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (items.docs.length === 0) return []
  const gazetteer = await loadGazetteer(payload, req)
  const changed: HeritageItem['id'][] = []
  for (const item of items.docs) {
    const placesIndex = gazetteer.placesToIndex((item.places ?? []).map(idOf))
    if (sameIds(placesIndex, (item.placesIndex ?? []).map(idOf))) continue
    await payload.db.updateOne({
      collection: 'heritage-items',
      id: item.id,
      data: { placesIndex },
      req,
      returning: false,
    })
    changed.push(item.id)
  }
  return changed
}
