/** The parts of Pagefind's browser API the search box uses. */
export type Result = { url: string; meta: { title?: string; summary?: string } }
export type Hit = { id: string; score: number; data: () => Promise<Result> }
export type Found = { results: Hit[]; filters: Record<string, Record<string, number>> }
export type Pagefind = {
  search: (query: string | null, options?: { filters?: Record<string, string[]> }) => Promise<Found>
  filters: () => Promise<Record<string, Record<string, number>>>
}

/**
 * Pagefind only returns pages holding every word, so "le hoi cong chieng" finds nothing when no page says
 * both "lễ hội" and "cồng chiêng". Where the whole query finds few pages, each word and each pair of
 * neighbouring words is searched too, and pages are ranked by the summed scores (pairs count double,
 * the whole query triple): the page matching the rarer, more specific words comes first.
 */
export async function rankedSearch(engine: Pagefind, query: string, filters: Record<string, string[]>) {
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
