import { exactForms } from './exact'
import { foldVietnamese } from './fold'
import {
  type Audience,
  type GroupSource,
  type HeritageSource,
  LOCALES,
  type Locale,
  type Localized,
  type PersonSource,
  type SearchDocument,
  type SearchSource,
  type SourceGroup,
  type SourcePlace,
} from './types'

const text = (value: Localized | null | undefined, locale: Locale) =>
  value ? (locale === 'en' ? value.en || value.vi : value.vi) : ''

/** The document id: stable across syncs, one per record and language. */
export const documentId = (collection: string, id: string, locale: Locale) => `${collection}-${id}-${locale}`

const PUBLIC_PATHS: Record<SearchSource['collection'], string> = {
  'heritage-items': 'di-san',
  people: 'nhan-vat',
  'ethnic-groups': 'dan-toc',
}

/** Where a result leads: the record's page on the public site if it is public, else its page in the cms. */
function urlOf(source: SearchSource, locale: Locale): string {
  if (source.access !== 'public') return `/admin/collections/${source.collection}/${source.id}`
  return `${locale === 'en' ? '/en' : ''}/${PUBLIC_PATHS[source.collection]}/${source.slug}/`
}

/** A name written as one word, as people type it: "Ê Đê" → "ede", "S'tiêng" → "stieng". */
const joined = (name: string) => foldVietnamese(name).replace(/[^\p{L}\p{N}]+/gu, '')

/** Every spelling of a group's name: both languages, the endonym, other names, and joined forms. */
export function groupNameForms(group: SourceGroup): string[] {
  const names = [group.name.vi, group.name.en ?? '', group.endonym ?? '', ...group.otherNames].filter(Boolean)
  const forms = [...names, ...names.map(joined).filter((form) => form.length > 1)]
  return [...new Set(forms)]
}

export const placeNameForms = (place: Pick<SourcePlace, 'name' | 'otherNames'>) => [
  ...new Set([place.name.vi, place.name.en ?? '', ...place.otherNames].filter(Boolean)),
]

const yearOf = (date: string | null) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null)

function base(source: SearchSource, locale: Locale) {
  return {
    id: documentId(source.collection, source.id, locale),
    type: source.collection,
    recordId: source.id,
    locale,
    access: source.access,
    url: urlOf(source, locale),
    updatedAt: Date.parse(source.updatedAt) || 0,
  }
}

const EMPTY = {
  names: [] as string[],
  places: [] as string[],
  group: [] as string[],
  groupIds: [] as string[],
  kind: null,
  kindCode: null,
  province: [] as string[],
  year: null,
  decade: null,
  lunarMonth: null,
  hasVideo: false,
  hasAudio: false,
  hasTranscript: false,
  thumbnail: null,
  sourceCollection: null,
}

function itemDocument(source: HeritageSource, locale: Locale): SearchDocument {
  const title = text(source.title, locale)
  const names = [...new Set(source.groups.flatMap(groupNameForms))]
  const places = [
    ...new Set(source.places.flatMap((place) => [...placeNameForms(place), ...place.now.map((now) => now.vi)])),
  ]
  const year = yearOf(source.date)
  return {
    ...base(source, locale),
    title,
    summary: text(source.summary, locale),
    text: text(source.description, locale),
    names,
    places,
    exact: exactForms([title, ...names, ...places].join(' ')),
    group: source.groups.map((group) => text(group.name, locale)),
    groupIds: source.groups.map((group) => group.id),
    kind: text(source.kind.label, locale),
    kindCode: source.kind.value,
    province: [...new Set(source.places.filter((place) => place.type === 'province').map((place) => place.name.vi))],
    year,
    decade: year === null ? null : `${Math.floor(year / 10) * 10}`,
    lunarMonth: source.lunarMonth,
    hasVideo: source.media.some((m) => m.kind === 'video'),
    hasAudio: source.media.some((m) => m.kind === 'audio'),
    hasTranscript: source.media.some((m) => m.hasTranscript),
    thumbnail: source.thumbnail,
    sourceCollection: source.sourceCollection,
  }
}

function personDocument(source: PersonSource, locale: Locale): SearchDocument {
  const names = source.group ? groupNameForms(source.group) : []
  return {
    ...base(source, locale),
    ...EMPTY,
    title: source.name,
    summary: '',
    text: text(source.biography, locale),
    names,
    exact: exactForms([source.name, ...names].join(' ')),
    group: source.group ? [text(source.group.name, locale)] : [],
    groupIds: source.group ? [source.group.id] : [],
  }
}

function groupDocument(source: GroupSource, locale: Locale): SearchDocument {
  const names = groupNameForms(source.group)
  return {
    ...base(source, locale),
    ...EMPTY,
    title: text(source.group.name, locale),
    summary: '',
    text: text(source.description, locale),
    names,
    exact: exactForms(names.join(' ')),
    group: [text(source.group.name, locale)],
    groupIds: [source.group.id],
  }
}

/**
 * One record in one language as a search document. Built field by field from what the archive may show,
 * so nothing else the record carries (staff notes, consent records, exact coordinates) can reach an index.
 */
export function toSearchDocument(source: SearchSource, locale: Locale): SearchDocument {
  if (source.collection === 'heritage-items') return itemDocument(source, locale)
  if (source.collection === 'people') return personDocument(source, locale)
  if (source.collection === 'ethnic-groups') return groupDocument(source, locale)
  throw new Error(`Unknown collection: ${String((source as { collection?: unknown }).collection)}`)
}

/** Whether a record belongs in an index: published, and public for the public index. */
export const belongsIn = (source: Pick<SearchSource, 'published' | 'access'>, audience: Audience) =>
  source.published && (audience === 'full' || source.access === 'public')

/**
 * The documents of an index for these records, in every language: unpublished records and records
 * outside the audience are left out, and a record whose document cannot be built is left out whole
 * (reported in `failed`), never indexed in part.
 */
export function documentsFor(sources: SearchSource[], audience: Audience) {
  const documents: SearchDocument[] = []
  const failed: { collection: string; id: string; error: string }[] = []
  for (const source of sources) {
    if (!belongsIn(source, audience)) continue
    try {
      const built = LOCALES.map((locale) => toSearchDocument(source, locale))
      // The fonds a record came from serves researchers' grants only; the public index has no use for it
      // (the public snapshot does not carry it either).
      documents.push(...(audience === 'public' ? built.map((doc) => ({ ...doc, sourceCollection: null })) : built))
    } catch (error) {
      failed.push({ collection: source.collection, id: source.id, error: (error as Error).message })
    }
  }
  return { documents, failed }
}
