import type { SnapshotMedia } from '@di-san-so/site/snapshot'
import { count, refId, refIds, text } from './readers'
import type { Stored } from './readPublic'
import type { GroupView, ItemView, MediaView, PersonView, PlaceView, SubjectView } from './recordView'

/** What the public may see, by id: the only records an item's views may name. */
export type PublicLookups = {
  groups: Map<string, GroupView & { slug: string }>
  people: Map<string, PersonView & { slug: string }>
  places: Map<string, PlaceView>
  subjects: Map<string, SubjectView>
  media: Map<string, MediaView>
  snapshotMedia: Map<string, SnapshotMedia>
}

const pick = <T>(ids: string[], from: Map<string, T>): T[] =>
  ids.flatMap((id) => {
    const found = from.get(id)
    return found ? [found] : []
  })

/**
 * A stored heritage item with its relations resolved from the public lookups (never from the database), as
 * Dublin Core and JSON-LD read it: a relation to anything the public may not see is simply absent.
 */
export function toItemView(doc: Stored<'heritage-items'>, lookups: PublicLookups): ItemView {
  return {
    slug: doc.slug == null ? null : String(doc.slug),
    title: doc.title,
    summary: doc.summary,
    description: doc.description,
    kind: String(doc.kind),
    ethnicGroups: pick(refIds(doc.ethnicGroups), lookups.groups),
    subjects: pick(refIds(doc.subjects), lookups.subjects),
    places: pick(refIds(doc.places), lookups.places),
    owningProvince: lookups.places.get(refId(doc.owningProvince) ?? ''),
    time: {
      startDate: text(doc.time?.startDate),
      endDate: text(doc.time?.endDate),
      lunarMonth: count(doc.time?.lunarMonth),
      recurrence: text(doc.time?.recurrence),
      recurrenceYears: count(doc.time?.recurrenceYears),
      note: doc.time?.note,
    },
    people: (doc.people ?? []).map((row) => ({
      person: lookups.people.get(refId(row.person) ?? ''),
      role: String(row.role),
    })),
    media: pick(refIds(doc.media), lookups.media),
    featuredMedia: lookups.media.get(refId(doc.featuredMedia) ?? ''),
    source: {
      recordedBy: text(doc.source?.recordedBy),
      recordedOn: text(doc.source?.recordedOn),
      collection: doc.source?.collection,
    },
    rights: { licence: text(doc.rights?.licence), holder: text(doc.rights?.holder) },
  }
}

/** Places by id with their parents linked, for the places an item's JSON-LD and Dublin Core name. */
export function placeViews(places: Stored<'places'>[]): Map<string, PlaceView> {
  const views = new Map<string, PlaceView>(
    places.map((doc) => [String(doc.id), { name: doc.name, type: String(doc.type), coordinates: doc.coordinates }]),
  )
  for (const doc of places) {
    const view = views.get(String(doc.id))
    const parent = views.get(refId(doc.parent) ?? '')
    if (view && parent) view.parent = parent
  }
  return views
}
