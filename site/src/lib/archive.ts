import { readFileSync } from 'node:fs'
import path from 'node:path'

import { searchForms } from '@di-san-so/search'

import {
  type Snapshot,
  type SnapshotGroup,
  type SnapshotItem,
  type SnapshotMedia,
  type SnapshotPlace,
  snapshotSchema,
} from '../content/snapshot'
import type { Locale } from '../i18n/urls'
import { snapshotDir } from './snapshotDir'

/** Vietnamese alphabetical order (made once: `localeCompare` with a locale makes a collator per call). */
export const VIETNAMESE = new Intl.Collator('vi')

/** The snapshot, read and validated once per build, with the lookups the pages need. */
function load() {
  const file = path.join(snapshotDir(), 'snapshot.json')
  const snapshot: Snapshot = snapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]))
  const places = byId(snapshot.places)
  const groups = new Map(snapshot.groups.map((group) => [group.slug, group]))
  const itemsWhere = (test: (item: SnapshotItem) => boolean) => snapshot.items.filter(test)
  return {
    snapshot,
    items: [...snapshot.items].sort((a, b) => VIETNAMESE.compare(a.title.vi, b.title.vi)),
    groups,
    places,
    media: byId(snapshot.media),
    people: new Map(snapshot.people.map((person) => [person.slug, person])),
    labels: byId(snapshot.labels),
    itemsOfGroup: (slug: string) => itemsWhere((item) => item.ethnicGroups.includes(slug)),
    itemsOfPlace: (id: string) => itemsWhere((item) => item.placesIndex.includes(id) || item.places.includes(id)),
    itemsOfKind: (kind: string) => itemsWhere((item) => item.kind === kind),
    itemsOfPerson: (slug: string) => itemsWhere((item) => item.people.some((row) => row.person === slug)),
  }
}

let cached: ReturnType<typeof load> | undefined
export const archive = () => {
  cached ??= load()
  return cached
}

/** Kinds of heritage, declared by the snapshot contract. */
export { KINDS } from '../content/words'

/** A place's name and every former or other name, and the current places it became part of. */
export function placeNames(place: SnapshotPlace): string[] {
  return [place.name.vi, place.name.en ?? '', ...place.otherNames].filter(Boolean)
}

/** Provinces an item belongs to, under their current and historical names (for the province filter). */
export function provincesOf(item: SnapshotItem): string[] {
  const { places } = archive()
  return [...new Set([...item.placesIndex, ...item.places])]
    .map((id) => places.get(id))
    .filter((place): place is SnapshotPlace => place?.type === 'province')
    .map((place) => place.name.vi)
}

/** The decade an item was recorded or takes place in ("2020"), if known. */
export function decadeOf(item: SnapshotItem): string | undefined {
  const date = item.time.startDate ?? item.source.recordedOn
  return date ? `${date.slice(0, 3)}0` : undefined
}

/**
 * The text Pagefind indexes for an item besides what the page shows: folded (tone marks off, đ→d) and
 * with names joined as people type them, ethnonym variants (Rhade, Bahnar…) and every place name.
 */
export function searchTextOf(item: SnapshotItem, locale: Locale): string {
  const { groups, places } = archive()
  const groupList = item.ethnicGroups.map((slug) => groups.get(slug)).filter((g): g is SnapshotGroup => !!g)
  const names = [
    ...groupList.flatMap((group) => [group.name.vi, group.name.en ?? '', group.endonym ?? '', ...group.otherNames]),
    ...[...item.places, ...item.placesIndex].flatMap((id) => {
      const place = places.get(id)
      return place ? placeNames(place) : []
    }),
  ].filter(Boolean)
  const text = [item.title, item.summary, item.description]
    .map((value) => (value ? (locale === 'en' ? (value.en ?? value.vi) : value.vi) : ''))
    .join(' ')
  return searchForms(text, names)
}

/** The derivative files of a media record by role. */
export const filesOf = (media: SnapshotMedia | undefined) => media?.files ?? {}
