import { indexNames } from '@di-san-so/search'

import type { Env } from '../config/Env'

/**
 * Meilisearch, when MEILI_URL is set: the cms keeps a public and a full index in sync (queue `search`).
 * MEILI_MASTER_KEY (or an admin API key) writes; MEILI_SEARCH_KEY and its uid sign researchers' tokens.
 */
export function searchConfig(env: Env) {
  const url = env.MEILI_URL?.trim()
  return {
    enabled: Boolean(url),
    url: url ?? '',
    apiKey: env.MEILI_MASTER_KEY || env.MEILI_API_KEY || undefined,
    indexes: indexNames(env.MEILI_INDEX_PREFIX || undefined),
    searchKey: env.MEILI_SEARCH_KEY || undefined,
    searchKeyUid: env.MEILI_SEARCH_KEY_UID || undefined,
    /** Wait after a change before syncing, so a burst of saves goes in one batch. */
    delayMs: Number(env.SEARCH_SYNC_SECONDS ?? 2) * 1000,
  }
}
