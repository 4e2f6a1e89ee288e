import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Where } from 'payload'

import type { PlaceId } from '../lib/gazetteer'
import { idOf } from '../lib/idOf'
import type { HeritageItem } from '../payload-types'
import { loadGazetteer } from './loadGazetteer'
import type { ReindexTargets } from './reindexTargetsIn'

const WRITES_PER_TRANSACTION = 200

const sameIds = (a: readonly PlaceId[], b: readonly PlaceId[]) =>
  a.length === b.length && a.map(String).sort().join() === b.map(String).sort().join()

/** Items placed at or indexed under one of these places. */
export const itemsAtPlaces = (placeIds: readonly PlaceId[]): Where => ({
  or: [{ placesIndex: { in: [...placeIds] } }, { places: { in: [...placeIds] } }],
})

/** Items placed at or indexed under one of the target places, or named by id. */
export const itemsOf = ({ places, items }: ReindexTargets): Where => ({
  or: [
    ...(places.length > 0 ? [itemsAtPlaces(places)] : []),
    ...(items.length > 0 ? [{ id: { in: [...items] } }] : []),
  ],
})

/**
 * After a change to the gazetteer (a place renamed, moved under another parent, given a successor or
 * deleted), recomputes `placesIndex` of every item indexed under those places (and of the items named by
 * id: those that were under a deleted place), the way `indexPlaces` does on a save, and writes it straight to the stored record: the item is not saved again (no new version, no
 * audit entry of its own). Idempotent: an index already right is not written. Returns the ids of the
 * items whose index changed.
 */
export async function reindexItemsAt(req: PayloadRequest, targets: ReindexTargets): Promise<HeritageItem['id'][]> {
  if (targets.places.length === 0 && targets.items.length === 0) return []
  const { payload } = req
  const items = await payload.find({
    collection: 'heritage-items',
    where: itemsOf(targets),
    select: { places: true, placesIndex: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (items.docs.length === 0) return []
  const gazetteer = await loadGazetteer(payload, req)
  const stale = items.docs.flatMap((item) => {
    const placesIndex = gazetteer.placesToIndex((item.places ?? []).map(idOf))
    return sameIds(placesIndex, (item.placesIndex ?? []).map(idOf)) ? [] : [{ id: item.id, placesIndex }]
  })
  // Written WRITES_PER_TRANSACTION at a time: one commit per item made a province of 2,000 items take
  // half a minute; one transaction for all would hold SQLite's write lock against editors' saves as long.
  for (let start = 0; start < stale.length; start += WRITES_PER_TRANSACTION) {
    const own = await initTransaction(req)
    try {
      for (const { id, placesIndex } of stale.slice(start, start + WRITES_PER_TRANSACTION))
        await payload.db.updateOne({ collection: 'heritage-items', id, data: { placesIndex }, req, returning: false })
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  }
  return stale.map(({ id }) => id)
}
