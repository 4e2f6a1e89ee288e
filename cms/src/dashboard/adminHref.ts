import type { Where } from 'payload'

type Query = Where | Where[] | string | number | boolean | null | readonly (string | number)[] | Record<string, unknown>

/** `where` as Payload's bracket query string (`where[and][0][reviewState][equals]=submitted`). */
function bracketQuery(value: Query, prefix: string): string[] {
  if (value === null || typeof value !== 'object') return [`${prefix}=${encodeURIComponent(String(value ?? ''))}`]
  return Object.entries(value).flatMap(([key, inner]) => bracketQuery(inner as Query, `${prefix}[${key}]`))
}

/** The admin's list of a collection (heritage items unless named) filtered by `where`, as a dashboard list counts it. */
export const listHref = (adminRoute: string, where: Where, collection = 'heritage-items'): string =>
  `${adminRoute}/collections/${collection}?${bracketQuery(where, 'where').join('&')}`

export const editHref = (adminRoute: string, collection: string, id: string | number): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`
