import type { CollectionBeforeChangeHook } from 'payload'

import { loadGazetteer } from '../../../gazetteer/loadGazetteer'
import { idOf } from '../../../lib/idOf'
import type { HeritageItem } from '../../../payload-types'

/**
 * Keeps `placesIndex` = the item's places, the units above them and their current successors, so an
 * item recorded in "huyện Tây Hòa, tỉnh Phú Yên" is found under Đắk Lắk after the 2025 merger.
 */
export const indexPlaces: CollectionBeforeChangeHook<HeritageItem> = async ({ data, originalDoc, req }) => {
  const places = data.places ?? originalDoc?.places ?? []
  if (places.length === 0) return { ...data, placesIndex: [] }
  const gazetteer = await loadGazetteer(req.payload, req)
  return { ...data, placesIndex: gazetteer.placesToIndex(places.map(idOf)) }
}
