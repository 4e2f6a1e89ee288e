import { type Files, thumbnailOf } from '@di-san-so/media-pipeline/roles'
import {
  type AccessLevel,
  type GroupSource,
  type HeritageSource,
  INDEXED_COLLECTIONS,
  type Localized,
  type PersonSource,
  type SearchSource,
  type SourceGroup,
  type SourcePlace,
  type SyncRef,
} from '@di-san-so/search'
import type { CollectionSlug, Payload } from 'payload'

import { HERITAGE_KINDS } from '../lib/heritageKinds'
import { bothLocales, bothLocalesOrNull, text, texts } from '../publication/readers'

type Doc = Record<string, unknown>

// The record readers publication uses (one copy: cms/src/publication/readers.ts).
const str = text
const localized = (value: unknown): Localized => bothLocales(value)
const optional = bothLocalesOrNull
const objects = (value: unknown): Doc[] =>
  Array.isArray(value) ? value.filter((v): v is Doc => typeof v === 'object' && v !== null) : []
const strings = texts
const access = (value: unknown): AccessLevel =>
  value === 'public' || value === 'community' || value === 'restricted' ? value : 'restricted'
const published = (doc: Doc) => doc._status === undefined || doc._status === 'published'

const group = (doc: Doc): SourceGroup => ({
  id: String(doc.id),
  slug: String(doc.slug),
  name: localized(doc.name),
  endonym: str(doc.endonym),
  otherNames: strings(doc.otherNames),
})

const place = (doc: Doc): SourcePlace => ({
  id: String(doc.id),
  name: localized(doc.name),
  otherNames: strings(doc.otherNames),
  type: String(doc.type),
  now: objects(doc.replacedBy).map((next) => localized(next.name)),
})

/** A public file's small picture, as the public site serves it (never a file that is not public). */
function thumbnail(media: Doc | undefined): string | null {
  if (media?.effectiveAccess !== 'public') return null
  const file = thumbnailOf(media.derivatives as Files | null | undefined)
  return file ? `/media/${media.id}/${file}` : null
}

/** Kind labels from the cms's one table: the facet values the site shows. */
const KINDS: Record<string, { label: Localized }> = HERITAGE_KINDS

function item(doc: Doc): HeritageSource {
  const time = (doc.time ?? {}) as Doc
  const source = (doc.source ?? {}) as Doc
  const media = objects(doc.media)
  const featured = typeof doc.featuredMedia === 'object' && doc.featuredMedia ? (doc.featuredMedia as Doc) : undefined
  const places = new Map([...objects(doc.places), ...objects(doc.placesIndex)].map((p) => [String(p.id), place(p)]))
  const kind = String(doc.kind)
  return {
    collection: 'heritage-items',
    id: String(doc.id),
    slug: String(doc.slug),
    published: published(doc),
    access: access(doc.accessLevel),
    title: localized(doc.title),
    summary: localized(doc.summary),
    description: optional(doc.description),
    kind: { value: kind, label: KINDS[kind]?.label ?? { vi: kind, en: null } },
    groups: objects(doc.ethnicGroups).map(group),
    places: [...places.values()],
    date: str(time.startDate) ?? str(source.recordedOn),
    lunarMonth: typeof time.lunarMonth === 'number' ? time.lunarMonth : null,
    media: media.map((m) => ({ kind: String(m.kind), hasTranscript: Boolean(optional(m.transcript)) })),
    thumbnail: thumbnail(featured) ?? media.map(thumbnail).find(Boolean) ?? null,
    sourceCollection: str(source.collection),
    updatedAt: String(doc.updatedAt),
  }
}

const person = (doc: Doc): PersonSource => ({
  collection: 'people',
  id: String(doc.id),
  slug: String(doc.slug),
  published: published(doc),
  access: access(doc.accessLevel),
  name: String(doc.name),
  biography: optional(doc.biography),
  group: typeof doc.ethnicGroup === 'object' && doc.ethnicGroup ? group(doc.ethnicGroup as Doc) : null,
  updatedAt: String(doc.updatedAt),
})

const ethnicGroup = (doc: Doc): GroupSource => ({
  collection: 'ethnic-groups',
  id: String(doc.id),
  slug: String(doc.slug),
  published: published(doc),
  access: 'public',
  group: group(doc),
  description: optional(doc.description),
  updatedAt: String(doc.updatedAt),
})

/** How each indexed collection's record becomes a search source (the list itself: INDEXED_COLLECTIONS). */
const SHAPE = { 'heritage-items': item, people: person, 'ethnic-groups': ethnicGroup } as const satisfies Record<
  (typeof INDEXED_COLLECTIONS)[number],
  unknown
>

/**
 * The records to sync as the search library takes them: read as the system (every access level; the
 * library decides what goes where), published versions, both languages, relations resolved. A record
 * that no longer exists is simply absent.
 */
export async function loadSources(payload: Payload, refs: SyncRef[]): Promise<SearchSource[]> {
  const sources: SearchSource[] = []
  for (const collection of INDEXED_COLLECTIONS) {
    const ids = [...new Set(refs.filter((ref) => ref.collection === collection).map((ref) => ref.id))]
    for (let start = 0; start < ids.length; start += 200) {
      const found = await payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: ids.slice(start, start + 200) } },
        locale: 'all',
        depth: 2,
        pagination: false,
        overrideAccess: true,
        draft: false,
      })
      for (const doc of found.docs as unknown as Doc[]) sources.push(SHAPE[collection](doc))
    }
  }
  return sources
}

/** Every record id of the collections the search covers (for a full reindex), page by page. */
export async function* allRefs(payload: Payload, pageSize = 500): AsyncGenerator<SyncRef[]> {
  for (const collection of INDEXED_COLLECTIONS) {
    for (let page = 1; ; page += 1) {
      const found = await payload.find({
        collection: collection as CollectionSlug,
        depth: 0,
        limit: pageSize,
        page,
        overrideAccess: true,
        sort: 'id',
      })
      yield found.docs.map((doc) => ({ collection, id: String(doc.id) }))
      if (!found.hasNextPage) break
    }
  }
}

/** Published ethnic groups and all places, for the synonyms. */
export async function synonymSources(payload: Payload) {
  const read = async (collection: CollectionSlug) =>
    (
      await payload.find({
        collection,
        locale: 'all',
        depth: 1,
        pagination: false,
        overrideAccess: true,
        draft: false,
      })
    ).docs as unknown as Doc[]
  return {
    groups: (await read('ethnic-groups')).filter(published).map(group),
    places: (await read('places')).map(place),
  }
}
