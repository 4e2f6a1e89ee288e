import { inList } from './filters'

/** A researcher's grant as the cms stores it (AccessGrants): one item, one ethnic group or one collection. */
export type Grant = {
  scope: 'item' | 'ethnic-group' | 'collection'
  item?: string | null
  ethnicGroup?: string | null
  collection?: string | null
  expiresAt: string
}

/** Longest life of a researcher's search token, whatever their grants say (they are re-issued on demand). */
export const MAX_TOKEN_SECONDS = 60 * 60

/**
 * What a researcher may search in the full index: every public record, and the heritage items their
 * unexpired grants open (by item, by ethnic group, by collection) — the same rule the cms applies to
 * reading them. The token expires with the first grant that does, and within MAX_TOKEN_SECONDS.
 */
export function researcherSearchRules(grants: Grant[], fullIndex: string, now = new Date()) {
  const live = grants.filter((grant) => Date.parse(grant.expiresAt) > now.getTime())
  const values = (pick: (grant: Grant) => string | null | undefined, scope: Grant['scope']) => [
    ...new Set(live.filter((grant) => grant.scope === scope).flatMap((grant) => pick(grant) ?? [])),
  ]
  const items = values((grant) => grant.item, 'item')
  const groups = values((grant) => grant.ethnicGroup, 'ethnic-group')
  const collections = values((grant) => grant.collection, 'collection')
  const granted = [
    items.length ? inList('recordId', items) : '',
    groups.length ? inList('groupIds', groups) : '',
    collections.length ? inList('sourceCollection', collections) : '',
  ].filter(Boolean)
  const filter = granted.length
    ? `access = "public" OR (type = "heritage-items" AND (${granted.join(' OR ')}))`
    : 'access = "public"'
  const limit = now.getTime() + MAX_TOKEN_SECONDS * 1000
  const expiresAt = new Date(Math.min(limit, ...live.map((grant) => Date.parse(grant.expiresAt))))
  return { searchRules: { [fullIndex]: { filter } }, expiresAt }
}
