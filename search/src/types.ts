/** A text in both languages; English may be missing. */
export type Localized = { vi: string; en: string | null }

export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']

/** Who an index is for: everyone (public records only), or authorised search over every published record. */
export type Audience = 'public' | 'full'

export type AccessLevel = 'public' | 'community' | 'restricted'

export type SourceGroup = {
  id: string
  slug: string
  name: Localized
  endonym: string | null
  /** Other names and spellings, ethnonym variants among them: Rhade, Ra-đê, Êđê… */
  otherNames: string[]
}

export type SourcePlace = {
  id: string
  name: Localized
  otherNames: string[]
  type: string
  /** Names of the places this one is now part of (a former province's successor). */
  now: Localized[]
}

/**
 * A heritage item as the search library needs it, resolved by the cms (relations populated, both
 * languages). Anything else a caller leaves on the object is ignored: documents are built field by field.
 */
export type HeritageSource = {
  collection: 'heritage-items'
  id: string
  slug: string
  published: boolean
  access: AccessLevel
  title: Localized
  summary: Localized
  description: Localized | null
  kind: { value: string; label: Localized }
  groups: SourceGroup[]
  places: SourcePlace[]
  /** Date it takes place or was recorded (ISO), for the year and decade. */
  date: string | null
  lunarMonth: number | null
  media: { kind: string; hasTranscript: boolean }[]
  /** Site path of a public thumbnail (never one of a file that is not public). */
  thumbnail: string | null
  /** The archive collection (fonds) the item came from, which researchers' grants may name. */
  sourceCollection: string | null
  updatedAt: string
}

export type PersonSource = {
  collection: 'people'
  id: string
  slug: string
  published: boolean
  access: AccessLevel
  name: string
  biography: Localized | null
  group: SourceGroup | null
  updatedAt: string
}

export type GroupSource = {
  collection: 'ethnic-groups'
  id: string
  slug: string
  published: boolean
  access: AccessLevel
  group: SourceGroup
  description: Localized | null
  updatedAt: string
}

export type SearchSource = HeritageSource | PersonSource | GroupSource
export type SourceCollection = SearchSource['collection']

/** The cms collections whose records are indexed: the one list, owned here (sync, reindex and sources read it). */
export const INDEXED_COLLECTIONS = [
  'heritage-items',
  'people',
  'ethnic-groups',
] as const satisfies readonly SourceCollection[]

/** One record in one language, as Meilisearch stores it. Facet names match the Pagefind filters. */
export type SearchDocument = {
  id: string
  type: SourceCollection
  recordId: string
  locale: Locale
  title: string
  summary: string
  text: string
  /** Ethnic-group names in every spelling, joined forms ("ede", "stieng") included. */
  names: string[]
  /** Place names, former and current. */
  places: string[]
  /** Exact-diacritic forms of the title, names and places (see exact.ts). */
  exact: string
  group: string[]
  groupIds: string[]
  kind: string | null
  kindCode: string | null
  province: string[]
  year: number | null
  decade: string | null
  lunarMonth: number | null
  access: AccessLevel
  hasVideo: boolean
  hasAudio: boolean
  hasTranscript: boolean
  thumbnail: string | null
  /** The public page, when the record is public; otherwise its page in the cms. */
  url: string
  sourceCollection: string | null
  updatedAt: number
}
