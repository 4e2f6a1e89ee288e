import { type FacetChoice, foldVietnamese, fromSearchResponse, searchRequest } from '@di-san-so/search'

import { type Pagefind, rankedSearch } from './rankedSearch'

export type Facets = Record<string, Record<string, number>>
export type Found = { results: { url: string; title: string; summary: string }[]; facets: Facets }

/** What the search box needs of a search engine: the facet values with counts, and a search. */
export type Engine = {
  name: 'pagefind' | 'meilisearch'
  facets: () => Promise<Facets>
  search: (query: string, filters: Record<string, string[]>) => Promise<Found>
}

/**
 * Pagefind over the built site (the embedded default). Loaded on first use from the site's own URL (it is
 * built after the site, never bundled). The query is folded (tone marks off, đ→d) to meet the folded copy
 * each page indexes.
 */
export function pagefindEngine(): Engine {
  let loading: Promise<Pagefind> | undefined
  const load = () => {
    loading ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', window.location.href).href)
    return loading
  }
  return {
    name: 'pagefind',
    facets: async () => (await load()).filters(),
    search: async (query, filters) => {
      const engine = await load()
      const found = query
        ? await rankedSearch(engine, foldVietnamese(query), filters)
        : await engine.search(null, { filters })
      const data = await Promise.all(found.results.slice(0, 20).map((hit) => hit.data()))
      return {
        results: data.map((r) => ({ url: r.url, title: r.meta.title ?? r.url, summary: r.meta.summary ?? '' })),
        facets: found.filters,
      }
    },
  }
}

/**
 * The public Meilisearch index, live (records appear seconds after they are published), queried with a
 * search-only key. Same facets as the Pagefind mode; the request is built by the search library.
 */
export function meiliEngine(options: { url: string; key: string; index: string; locale: 'vi' | 'en' }): Engine {
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
