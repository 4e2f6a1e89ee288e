import { type FacetChoice, fromSearchResponse, searchRequest } from '@di-san-so/search'

import type { Engine, Found, MeiliOptions } from './searchEngines'

/**
 * The public Meilisearch index, live (records appear seconds after they are published), queried with a
 * search-only key. Same facets as the Pagefind mode; the request is built by the search library.
 */
export function meiliEngine(options: MeiliOptions): Engine {
  const endpoint = `${options.url.replace(/\/+$/, '')}/indexes/${encodeURIComponent(options.index)}/search`
  const post = async (body: unknown): Promise<Found> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.key}` },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`)
    return fromSearchResponse(await response.json())
  }
  return {
    name: 'meilisearch',
    facets: async () => (await post({ ...searchRequest('', options.locale), limit: 0 })).facets,
    search: (query, filters) => post(searchRequest(query, options.locale, filters as FacetChoice)),
  }
}
