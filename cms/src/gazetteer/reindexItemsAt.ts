import type { PayloadRequest } from 'payload'

import { idOf } from '../lib/idOf'
import { loadGazetteer } from './loadGazetteer'

const sameIds = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.map(String).sort().join() === b.map(String).sort().join()

/**
 * After a change to the gazetteer (a place renamed, moved under another parent, given a successor or
 * deleted), recomputes `placesIndex` of every item indexed under that place, the way `indexPlaces` does on
 * a save, and writes it straight to the stored record: the item is not saved again (no new version, no
 * audit entry of its own). Returns the ids of the items whose index changed.
 */
export async function reindexItemsAt(req: PayloadRequest, placeId: string | number): Promise<(string | number)[]> {
  const { payload } = req
  const items = await payload.find({
    collection: 'heritage-items',
    where: { or: [{ placesIndex: { in: [placeId] } }, { places: { in: [placeId] } }] },
    select: { places: true, placesIndex: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (items.docs.length === 0) return []
  const gazetteer = await loadGazetteer(payload, req)
  const changed: (string | number)[] = []
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
