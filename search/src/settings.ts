import { groupNameForms, placeNameForms } from './documents'
import { foldVietnamese } from './fold'
import type { SourceGroup, SourcePlace } from './types'

/**
 * Version of the index settings and document shape below, shown by `npm run search:reindex`. Raise it with
 * any change, and reindex: that builds fresh indexes with the new settings and swaps them in whole.
 */
export const SETTINGS_VERSION = 1

/** Fields searched, in rank order: a title match outranks a match in names, places, then the text. */
export const SEARCHABLE_ATTRIBUTES = ['title', 'exact', 'names', 'places', 'summary', 'text'] as const

export const FILTERABLE_ATTRIBUTES = [
  'group',
  'kind',
  'province',
  'decade',
  'access',
  'hasVideo',
  'hasAudio',
  'hasTranscript',
  'locale',
  'type',
  'kindCode',
  'lunarMonth',
  // what researchers' grants name (tenant tokens)
  'recordId',
  'groupIds',
  'sourceCollection',
] as const

/** The facets the site shows, the same four as its Pagefind filters. */
export const FACETS = ['group', 'kind', 'province', 'decade'] as const

export type Synonyms = Record<string, string[]>

/** A name as Meilisearch compares it: folded, punctuation as spaces. */
const synonymForm = (name: string) =>
  foldVietnamese(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** A place name without its administrative word: "tỉnh Đắk Lắk", "Đắk Lắk Province" → "dak lak". */
const placeForm = (name: string) =>
  synonymForm(name)
    .replace(/^(tinh|thanh pho|huyen|thi xa|quan|xa|phuong)\s+|\s+(province|district|city)$/g, '')
    .trim()

/**
 * Synonyms from the archive's own data. Each ethnic group's names (Ê Đê, Ede, Rhade, Ra-đê, "ede"…) are
 * synonyms of each other, so any spelling finds what the others find. A place that others became part of
 * (a merged province) also finds what carries their former names: "Đắk Lắk" finds "Phú Yên", not the
 * other way round. Forms shorter than three letters are left out ("Đê" is also "dike").
 */
export function synonymsFrom(groups: SourceGroup[], places: Pick<SourcePlace, 'name' | 'otherNames' | 'now'>[]) {
  const synonyms = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    if (from === to || from.length < 3 || to.length < 3) return
    const set = synonyms.get(from) ?? new Set<string>()
    set.add(to)
    synonyms.set(from, set)
  }
  for (const group of groups) {
    const forms = [...new Set(groupNameForms(group).map(synonymForm))]
    for (const from of forms) for (const to of forms) add(from, to)
  }
  for (const place of places) {
    const former = [...new Set(placeNameForms(place).map(placeForm))]
    for (const successor of place.now)
      for (const from of new Set(placeNameForms({ name: successor, otherNames: [] }).map(placeForm)))
        for (const to of former) add(from, to)
  }
  return Object.fromEntries(
    [...synonyms.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([from, to]) => [from, [...to].sort()]),
  ) as Synonyms
}

/**
 * Index settings, applied before any document (a settings change re-indexes everything it holds).
 * Typo tolerance: Vietnamese is written in short syllables, and one letter apart is usually another word
 * ("lan", "lam", "làn"), so a typo is allowed from six letters (joined names like "stieng", "bahnar") and
 * two from twelve; never in the exact-spelling field, in numbers, or in the ids and codes filtered on.
 * Ranking: `exactness` comes right after `words` and `typo`, so a word as typed outranks a prefix of a
 * longer one; together with the exact spellings (exact.ts), "đường" ranks before "dương".
 */
export function indexSettings(synonyms: Synonyms) {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: ['year', 'updatedAt', 'title'],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'exactness', 'proximity', 'attribute', 'sort'],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 6, twoTypos: 12 },
      disableOnAttributes: ['exact'],
      disableOnNumbers: true,
    },
    synonyms,
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'alpha' as const } },
    pagination: { maxTotalHits: 5000 },
  }
}

export type IndexSettings = ReturnType<typeof indexSettings>

/** The two indexes, by audience, under a prefix (MEILI_INDEX_PREFIX) so several archives can share a server. */
export const indexNames = (prefix = 'disanso') => ({ public: `${prefix}-public`, full: `${prefix}-full` }) as const
