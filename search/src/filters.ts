import { FACETS } from './settings'

/** A string value in a Meilisearch filter: double-quoted, with `"` and `\` escaped. */
export const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** `attribute IN ["a", "b"]`. */
export const inList = (attribute: string, values: readonly string[]) =>
  `${attribute} IN [${values.map(quote).join(', ')}]`

export type FacetChoice = Partial<Record<(typeof FACETS)[number], string[]>>

/**
 * The filter for a search: the page's language, then each facet the visitor chose (any of its values).
 * Only the site's four facets are accepted, so a crafted request cannot filter on anything else.
 */
export function searchFilter(locale: 'vi' | 'en', choice: FacetChoice = {}): string[] {
  const facets = Object.entries(choice).filter(([, values]) => values && values.length > 0) as [string, string[]][]
  for (const [facet] of facets)
    if (!(FACETS as readonly string[]).includes(facet)) throw new Error(`Not a search facet: ${facet}`)
  return [`locale = ${quote(locale)}`, ...facets.map(([facet, values]) => inList(facet, values))]
}
