import { Meilisearch, type Task } from 'meilisearch'
import { generateTenantToken } from 'meilisearch/token'

import type { IndexSettings } from './settings'
import type { SyncRequest } from './sync'
import { type Grant, researcherSearchRules } from './tokens'
import type { SearchDocument } from './types'

/**
 * The parts of the search library that talk to a Meilisearch server, through the official client.
 * Everything they send is built by the pure modules beside them; this file only sends it and checks the
 * outcome. Tested against a real server by tests/e2e/meilisearch.live.e2e.spec.ts (MEILI_TEST_URL).
 */

export type { Meilisearch } from 'meilisearch'

export type MeiliConfig = { url: string; apiKey?: string }

export const meiliClient = ({ url, apiKey }: MeiliConfig) => new Meilisearch({ host: url, apiKey })

export class MeiliTaskError extends Error {
  constructor(
    readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'error'>,
    readonly indexUid?: string | null,
  ) {
    super(
      `Meilisearch task ${task.uid} (${task.type}${indexUid ? ` on ${indexUid}` : ''}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim(),
    )
    this.name = 'MeiliTaskError'
  }
}

/**
 * A Meilisearch task resolves whether it worked or not: a batch with a bad document is "failed", not an
 * HTTP error. Anything but "succeeded" is an error here.
 */
export function assertSucceeded(task: Pick<Task, 'uid' | 'type' | 'status' | 'error' | 'indexUid'>): void {
  if (task.status !== 'succeeded') throw new MeiliTaskError(task, task.indexUid)
}

type Waitable = { waitTask: (options?: { timeout?: number }) => Promise<Task> }
const WAIT = { timeout: 10 * 60 * 1000 }

async function settle(enqueued: Waitable) {
  const task = await enqueued.waitTask(WAIT)
  assertSucceeded(task)
  return task
}

/** Sends a sync plan's requests one after another, each confirmed before the next. */
export async function runRequests(client: Meilisearch, requests: SyncRequest[]) {
  for (const request of requests) {
    const index = client.index(request.index)
    await settle(
      request.method === 'addDocuments'
        ? index.addDocuments(request.documents, { primaryKey: 'id' })
        : index.deleteDocuments(request.ids),
    )
  }
}

/** Whether the index exists (a server that lost its data, or a first start). */
export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.index(uid).getRawInfo()
    return true
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return false
    throw error
  }
}

/** Creates the index if it does not exist yet (documents keyed by `id`). */
export async function ensureIndex(client: Meilisearch, uid: string) {
  if (!(await indexExists(client, uid))) await settle(client.createIndex(uid, { primaryKey: 'id' }))
}

export async function applySettings(client: Meilisearch, uid: string, settings: Partial<IndexSettings>) {
  await ensureIndex(client, uid)
  await settle(client.index(uid).updateSettings(settings))
}

/**
 * Builds an index afresh beside the live one and swaps them, so searches never see it empty or half
 * made: new index, settings first (so documents are indexed once, with them), documents in batches,
 * then one atomic swap; the old documents, now under the temporary name, are deleted last.
 */
export async function reindex(
  client: Meilisearch,
  options: {
    index: string
    settings: IndexSettings
    batches: Iterable<SearchDocument[]> | AsyncIterable<SearchDocument[]>
    onBatch?: (count: number) => void
  },
) {
  const fresh = `${options.index}-reindex-${Date.now()}`
  await settle(client.createIndex(fresh, { primaryKey: 'id' }))
  try {
    await settle(client.index(fresh).updateSettings(options.settings))
    for await (const batch of options.batches) {
      if (batch.length) await settle(client.index(fresh).addDocuments(batch, { primaryKey: 'id' }))
      options.onBatch?.(batch.length)
    }
    await ensureIndex(client, options.index)
    await settle(client.swapIndexes([{ indexes: [options.index, fresh], rename: false }]))
  } finally {
    await settle(client.deleteIndex(fresh))
  }
}

/**
 * A search token for a researcher: the full index, narrowed to public records and their grants, signed
 * with a search key (never the master key) and expiring with their first grant (at most in an hour).
 */
export async function researcherToken(options: {
  grants: Grant[]
  fullIndex: string
  apiKey: string
  apiKeyUid: string
  now?: Date
}) {
  const { searchRules, expiresAt } = researcherSearchRules(options.grants, options.fullIndex, options.now)
  const token = await generateTenantToken({
    apiKey: options.apiKey,
    apiKeyUid: options.apiKeyUid,
    searchRules,
    expiresAt,
    force: true,
  })
  return { token, expiresAt, searchRules }
}
