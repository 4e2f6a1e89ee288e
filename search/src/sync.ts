import { documentId, documentsFor } from './documents'
import { LOCALES, type SearchDocument, type SearchSource, type SourceCollection } from './types'

export type SyncRef = { collection: SourceCollection; id: string }

export type SyncRequest =
  | { index: string; method: 'addDocuments'; documents: SearchDocument[] }
  | { index: string; method: 'deleteDocuments'; ids: string[] }

/** Documents per request: Meilisearch takes large batches well; one call per document never. */
export const BATCH_SIZE = 1000

const chunks = <T>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/**
 * What to send Meilisearch after these records changed, given what they are now (`sources`; a record
 * not among them was deleted). For each index: the documents the record should have there are added
 * (replacing the old ones), and every other document of the record is deleted — so unpublishing,
 * deleting, or changing the access level moves or removes it. A record whose document could not be
 * built is removed from both indexes rather than left half-right.
 */
export function planSync(
  refs: SyncRef[],
  sources: SearchSource[],
  indexes: { public: string; full: string },
  batchSize = BATCH_SIZE,
) {
  const key = (ref: SyncRef) => `${ref.collection}:${ref.id}`
  const unique = [...new Map(refs.map((ref) => [key(ref), ref])).values()]
  const wanted = new Set(unique.map(key))
  const current = sources.filter((source) => wanted.has(key(source)))
  const requests: SyncRequest[] = []
  const failed = new Map<string, { collection: string; id: string; error: string }>()
  for (const audience of ['public', 'full'] as const) {
    const index = indexes[audience]
    const built = documentsFor(current, audience)
    for (const failure of built.failed) failed.set(`${failure.collection}:${failure.id}`, failure)
    const kept = new Set(built.documents.map((doc) => doc.id))
    const stale = unique
      .flatMap((ref) => LOCALES.map((locale) => documentId(ref.collection, ref.id, locale)))
      .filter((id) => !kept.has(id))
    for (const ids of chunks(stale, batchSize)) requests.push({ index, method: 'deleteDocuments', ids })
    for (const documents of chunks(built.documents, batchSize))
      requests.push({ index, method: 'addDocuments', documents })
  }
  return { requests, failed: [...failed.values()] }
}
