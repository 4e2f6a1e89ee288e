import type { CollectionAfterChangeHook } from 'payload'

import { reindexItemsAt } from '../gazetteer/reindexItemsAt'
import type { Place } from '../payload-types'

/** A place changed: the items indexed under it are indexed again (a new successor is found at once). */
export const reindexPlacesAfterChange: CollectionAfterChangeHook<Place> = async ({ doc, req }) => {
  if (!req.context.skipPlacesIndex) await reindexItemsAt(req, doc.id)
  return doc
}
