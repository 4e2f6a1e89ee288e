import { withExactForms } from './exact'
import { type FacetChoice, searchFilter } from './filters'
import { FACETS } from './settings'

/** The body of a search on the public index, as the site's search box sends it. */
export function searchRequest(query: string, locale: 'vi' | 'en', choice: FacetChoice = {}, limit = 20) {
  return {
    q: withExactForms(query),
    filter: searchFilter(locale, choice),
    facets: [...FACETS],
    limit,
    matchingStrategy: 'last',
    attributesToRetrieve: ['title', 'summary', 'url', 'thumbnail'],
  }
}

export type SearchHit = { title: string; summary: string; url: string; thumbnail: string | null }
export type SearchResponse = {
  hits: SearchHit[]
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

/** Results and facet counts in the shape the search box shows, whichever engine answered. */
export function fromSearchResponse(response: SearchResponse) {
  return {
    results: response.hits.map((hit) => ({ url: hit.url, title: hit.title, summary: hit.summary })),
    facets: response.facetDistribution ?? {},
  }
}
