import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import type { AllLocales } from './readers'

/** A record of a collection as read for publication: every locale, relations as ids. */
export type Stored<C extends CollectionSlug> = AllLocales<DataFromCollectionSlug<C>>

/** The collections public views are made from. */
type Source = 'media' | 'people' | 'ethnic-groups' | 'places' | 'subjects' | 'cultural-labels' | 'heritage-items'

export type PublicRecords = { [C in Source]: Stored<C>[] }

/**
 * Reads what the public may read — as an anonymous visitor through the Local API, so the archive's own access
 * rules decide (published AND public) — in every locale. Each collection is filtered once more here, so a rule
 * changed by mistake cannot leak through this door: records with a status must be published, records with an
 * access level public, media public in effect and processed (or a WebVTT caption file).
 */
export async function readPublic(payload: Payload): Promise<PublicRecords> {
  const read = async <C extends Source>(collection: C): Promise<Stored<C>[]> => {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      draft: false,
    })
    // With `locale: 'all'` each localized text is `{ vi, en }`, which the generated types cannot say.
    return docs as unknown as Stored<C>[]
  }
  const media = (await read('media')).filter(
    (doc) => doc.effectiveAccess === 'public' && (doc.processing?.status === 'done' || isCaptionFile(doc)),
  )
  const people = (await read('people')).filter(isVisible)
  const groups = (await read('ethnic-groups')).filter(isVisible)
  const places = await read('places')
  const subjects = await read('subjects')
  const labels = await read('cultural-labels')
  const items = (await read('heritage-items')).filter(isVisible)
  return {
    media,
    people,
    'ethnic-groups': groups,
    places,
    subjects,
    'cultural-labels': labels,
    'heritage-items': items,
  }
}

type Gated = { _status?: unknown; accessLevel?: unknown }
const isVisible = (doc: Gated): boolean =>
  (doc._status === undefined || doc._status === 'published') &&
  (doc.accessLevel === undefined || doc.accessLevel === 'public')

/** A WebVTT caption file: published as `captions.vtt` from its original (it has no derivatives). */
export const isCaptionFile = (doc: { filename?: unknown }): boolean =>
  String(doc.filename ?? '')
    .toLowerCase()
    .endsWith('.vtt')
