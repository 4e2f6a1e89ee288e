import {
  type Audience,
  documentsFor,
  INDEXED_COLLECTIONS,
  indexSettings,
  SETTINGS_VERSION,
  synonymsFrom,
} from '@di-san-so/search'
import { meiliClient, reindex } from '@di-san-so/search/server'
import type { Payload } from 'payload'

import { settingsOf } from '../config/settings'
import { allRefs, loadSources, synonymSources } from './sources'

export type ReindexProgress = { index: string; audience: Audience; records: number; total: number; documents: number }

/**
 * Rebuilds both indexes from the records (a settings change, a new server, a sync that fell behind):
 * each is built beside the live one — settings first, documents in batches — and swapped in whole, so
 * search never answers from an empty or half-made index.
 */
export async function reindexAll(
  payload: Payload,
  { onProgress, pageSize = 500 }: { onProgress?: (progress: ReindexProgress) => void; pageSize?: number } = {},
) {
  const config = settingsOf(payload).search
  if (!config.enabled) throw new Error('MEILI_URL is not set')
  const client = meiliClient(config)
  const { groups, places } = await synonymSources(payload)
  const settings = indexSettings(synonymsFrom(groups, places))
  let total = 0
  for (const collection of INDEXED_COLLECTIONS)
    total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  const counts: Record<string, number> = {}
  for (const audience of ['public', 'full'] as const) {
    const index = config.indexes[audience]
    let records = 0
    let documents = 0
    async function* batches() {
      for await (const refs of allRefs(payload, pageSize)) {
        const built = documentsFor(await loadSources(payload, refs), audience)
        for (const failure of built.failed)
          payload.logger.error(`search: ${failure.collection} ${failure.id} not indexed: ${failure.error}`)
        records += refs.length
        documents += built.documents.length
        yield built.documents
      }
    }
    await reindex(client, {
      index,
      settings,
      batches: batches(),
      onBatch: () => onProgress?.({ index, audience, records, total, documents }),
    })
    counts[index] = documents
  }
  return { settingsVersion: SETTINGS_VERSION, documents: counts }
}
