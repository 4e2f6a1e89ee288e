import type { CollectionBeforeDeleteHook } from 'payload'

import { queueReindex } from '../gazetteer/queueReindexPlaces'
import { itemsAtPlaces } from '../gazetteer/reindexItemsAt'

/**
 * A place about to be deleted: the items at or under it (its own, its descendants', its predecessors')
 * lose it, and what it stood for, from their index (by a job). They are found now, by id: once it is
 * deleted the database drops every relation to it, and nothing would lead the job to them. Queued in the
 * delete's transaction, so a delete that fails queues nothing.
 */
export const reindexPlacesBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (req.context.skipPlacesIndex) return
  const under = await req.payload.find({
    collection: 'heritage-items',
    where: itemsAtPlaces([id]),
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  await queueReindex(req, { places: [], items: under.docs.map((item) => item.id) })
}
