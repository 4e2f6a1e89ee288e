import { foldVietnamese } from '@di-san-so/search'
import { useCallback, useEffect, useRef, useState } from 'react'

type Text = {
  label: string
  placeholder: string
  results: string
  none: string
  all: string
  filters: Record<string, string>
}
type Result = { url: string; meta: { title?: string; summary?: string } }
type Hit = { id: string; score: number; data: () => Promise<Result> }
type Found = { results: Hit[]; filters: Record<string, Record<string, number>> }
type Pagefind = {
  search: (query: string | null, options?: { filters?: Record<string, string[]> }) => Promise<Found>
  filters: () => Promise<Record<string, Record<string, number>>>
}

/**
 * Pagefind only returns pages holding every word, so "le hoi cong chieng" finds nothing when no page says
 * both "lễ hội" and "cồng chiêng". Where the whole query finds few pages, each word and each pair of
 * neighbouring words is searched too, and pages are ranked by the summed scores (pairs count double,
 * the whole query triple): the page matching the rarer, more specific words comes first.
 */
async function rankedSearch(engine: Pagefind, query: string, filters: Record<string, string[]>) {
  const whole = await engine.search(query, { filters })
  const words = query.split(/\s+/).filter(Boolean)
  if (whole.results.length >= 5 || words.length < 2) return whole
  const parts: [string, number][] = [
    [query, 3],
    ...words.slice(1).map((word, i): [string, number] => [`${words[i]} ${word}`, 2]),
    ...words.map((word): [string, number] => [word, 1]),
  ]
  const scores = new Map<string, { hit: Hit; score: number }>()
  for (const [part, weight] of parts) {
    const found = part === query ? whole : await engine.search(part, { filters })
    for (const hit of found.results) {
      const entry = scores.get(hit.id) ?? { hit, score: 0 }
      entry.score += hit.score * weight
      scores.set(hit.id, entry)
    }
  }
  const results = [...scores.values()].sort((a, b) => b.score - a.score).map((entry) => entry.hit)
  return { results, filters: whole.filters }
}

/**
 * Search over the Pagefind index of the built site. The query is folded (tone marks off, đ→d) to meet the
 * folded copy each page indexes; results show the record's own title and summary in proper Vietnamese.
 */
export default function SearchBox({ text }: { text: Text }) {
  const pagefind = useRef<Pagefind | null>(null)
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<Record<string, Record<string, number>>>({})
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const [results, setResults] = useState<Result[] | null>(null)

  const [ready, setReady] = useState(false)
  const loading = useRef(false)
  // Pagefind (its script, WASM and filter counts) loads when the visitor reaches for the search box, not
  // with the page: a phone that only passes by downloads none of it.
  const load = useCallback(() => {
    if (loading.current) return
    loading.current = true
    // Built after the site, so loaded at run time from its own URL (never bundled).
    const url = new URL('/pagefind/pagefind.js', window.location.href).href
    void import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      pagefind.current = module
      setReady(true)
      setFilters(await module.filters())
    })
  }, [])
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q')
    if (initial) {
      setQuery(initial)
      load()
    }
  }, [load])

  useEffect(() => {
    const engine = pagefind.current
    if (!ready || !engine) return
    const active = Object.fromEntries(
      Object.entries(chosen)
        .filter(([, v]) => v)
        .map(([k, v]) => [k, [v]]),
    )
    if (!query.trim() && Object.keys(active).length === 0) {
      setResults(null)
      return
    }
    let cancelled = false
    const timer = setTimeout(async () => {
      const found = query.trim()
        ? await rankedSearch(engine, foldVietnamese(query).trim(), active)
        : await engine.search(null, { filters: active })
      const data = await Promise.all(found.results.slice(0, 20).map((result) => result.data()))
      if (!cancelled) {
        setResults(data)
        setFilters(found.filters)
      }
    }, 120)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [query, chosen, ready])

  return (
    <search className="search">
      <label htmlFor="q">{text.label}</label>
      <input
        id="q"
        type="search"
        value={query}
        placeholder={text.placeholder}
        autoComplete="off"
        onFocus={load}
        onChange={(event) => {
          load()
          setQuery(event.target.value)
        }}
      />
      <div className="filters">
        {Object.entries(text.filters).map(([key, label]) => (
          <label key={key}>
            {label}{' '}
            <select
              value={chosen[key] ?? ''}
              onFocus={load}
              onChange={(event) => setChosen({ ...chosen, [key]: event.target.value })}
              data-filter={key}
            >
              <option value="">{text.all}</option>
              {Object.entries(filters[key] ?? {}).map(([value, count]) => (
                <option key={value} value={value}>
                  {value} ({count})
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {results && (
        <>
          <p aria-live="polite">
            {results.length ? text.results.replace('{count}', String(results.length)) : text.none}
          </p>
          <ol className="results" data-testid="search-results">
            {results.map((result) => (
              <li key={result.url}>
                <a href={result.url}>{result.meta.title}</a>
                <p>{result.meta.summary}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </search>
  )
}
