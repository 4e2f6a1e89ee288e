import type { CollectionAfterChangeHook } from 'payload'

import { queueReindexPlaces } from '../gazetteer/queueReindexPlaces'
import type { Place } from '../payload-types'

/** A place changed: the items indexed under it are indexed again, by a job (a new successor is found within seconds). */
export const reindexPlacesAfterChange: CollectionAfterChangeHook<Place> = async ({ doc, req }) => {
  await queueReindexPlaces(req, doc.id)
  return doc
}
