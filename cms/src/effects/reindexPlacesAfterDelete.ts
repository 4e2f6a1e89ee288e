import type { CollectionAfterDeleteHook } from 'payload'

import { reindexItemsAt } from '../gazetteer/reindexItemsAt'
import type { Place } from '../payload-types'

/** A place deleted: the items indexed under it lose it, and what it stood for, from their index. */
export const reindexPlacesAfterDelete: CollectionAfterDeleteHook<Place> = async ({ doc, req }) => {
  if (!req.context.skipPlacesIndex) await reindexItemsAt(req, doc.id)
  return doc
}
