import type { CollectionAfterDeleteHook } from 'payload'

import { queueReindexPlaces } from '../gazetteer/queueReindexPlaces'
import type { Place } from '../payload-types'

/** A place deleted: the items indexed under it lose it, and what it stood for, from their index (by a job). */
export const reindexPlacesAfterDelete: CollectionAfterDeleteHook<Place> = async ({ doc, req }) => {
  await queueReindexPlaces(req, doc.id)
  return doc
}
