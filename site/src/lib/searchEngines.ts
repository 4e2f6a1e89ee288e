import { foldVietnamese } from '@di-san-so/search'

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
 * The Meilisearch engine, its code fetched only when a search box is built to use it (the Pagefind-only
 * site does not download it).
 */
export function lazyMeiliEngine(options: MeiliOptions): Engine {
  let loading: Promise<Engine> | undefined
  const engine = () => {
    loading ??= import('./meiliEngine').then((module) => module.meiliEngine(options))
    return loading
  }
  return {
    name: 'meilisearch',
    facets: async () => (await engine()).facets(),
    search: async (query, filters) => (await engine()).search(query, filters),
  }
}

export type MeiliOptions = { url: string; key: string; index: string; locale: 'vi' | 'en' }
