import type { Payload, PayloadRequest } from 'payload'

import { createGazetteer, type Gazetteer, type PlaceId } from '../lib/gazetteer'
import { idOf, type Ref } from '../lib/idOf'

type StoredPlace = {
  id: PlaceId
  name?: Record<string, string | null> | string | null
  otherNames?: string[] | null
  parent?: Ref<PlaceId> | null
  replacedBy?: Ref<PlaceId>[] | null
  validTo?: string | null
}

/** The whole gazetteer from the `places` collection, every language's name included. */
export async function loadGazetteer(payload: Payload, req?: PayloadRequest): Promise<Gazetteer> {
  // A Local API call given `req` sets `req.locale` to its own locale ('all' here) and leaves it so:
  // the save that called us would then write its localized fields to no locale. Put it back.
  const { locale, fallbackLocale } = req ?? {}
  const { docs } = await payload
    .find({ collection: 'places', locale: 'all', depth: 0, pagination: false, overrideAccess: true, req })
    .finally(() => {
      if (req) Object.assign(req, { locale, fallbackLocale })
    })
  return createGazetteer(
    (docs as unknown as StoredPlace[]).map((place) => ({
      id: place.id,
      names: [
        ...(typeof place.name === 'object' && place.name ? Object.values(place.name) : [place.name]).filter(
          (name): name is string => typeof name === 'string' && name.length > 0,
        ),
        ...(place.otherNames ?? []),
      ],
      parent: place.parent == null ? null : idOf(place.parent),
      replacedBy: (place.replacedBy ?? []).map(idOf),
      validTo: place.validTo ?? null,
    })),
  )
}

/** For any place: the place(s) that stand for it today and every name it, or what it replaced, ever had. */
export async function placeHistory(
  payload: Payload,
  id: PlaceId,
): Promise<{ currentSuccessors: PlaceId[]; historicalNames: string[] }> {
  const gazetteer = await loadGazetteer(payload)
  return { currentSuccessors: gazetteer.currentSuccessors(id), historicalNames: gazetteer.historicalNames(id) }
}
