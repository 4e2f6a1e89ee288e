// Pure code only (the site's search box imports it in the browser); the server side is `./server`.
export { belongsIn, documentId, documentsFor, groupNameForms, toSearchDocument } from './documents'
export { exactForms, telex, withExactForms } from './exact'
export { type FacetChoice, inList, quote, searchFilter } from './filters'
export { foldVietnamese, searchForms, slugify } from './fold'
export { fromSearchResponse, type SearchHit, type SearchResponse, searchRequest } from './query'
export {
  FACETS,
  FILTERABLE_ATTRIBUTES,
  type IndexSettings,
  indexNames,
  indexSettings,
  SEARCHABLE_ATTRIBUTES,
  SETTINGS_VERSION,
  type Synonyms,
  synonymsFrom,
} from './settings'
export { BATCH_SIZE, planSync, type SyncRef, type SyncRequest } from './sync'
export { type Grant, MAX_TOKEN_SECONDS, researcherSearchRules } from './tokens'
export * from './types'
