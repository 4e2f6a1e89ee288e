import { INDEXED_COLLECTIONS, indexSettings, planSync, type SyncRef, synonymsFrom } from '@di-san-so/search'
import { applySettings, indexExists, meiliClient, runRequests } from '@di-san-so/search/server'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
  TaskConfig,
  Where,
} from 'payload'

import { settingsOf } from '../config/settings'
import { QUEUES } from '../jobs/queues'
import { waitingJob } from '../jobs/waitingJob'
import { loadSources, synonymSources } from './sources'

/** One of the collections search indexes (`INDEXED_COLLECTIONS`, owned by the search package). */
const isIndexed = (slug: unknown): slug is SyncRef['collection'] =>
  INDEXED_COLLECTIONS.some((collection) => collection === slug)

const isRef = (value: unknown): value is SyncRef =>
  typeof value === 'object' &&
  value !== null &&
  'collection' in value &&
  isIndexed(value.collection) &&
  'id' in value &&
  typeof value.id === 'string'

/** Settings are applied once per process, and again whenever names (groups, places) change. */
const settingsApplied = new WeakSet<Payload>()

async function applyAllSettings(payload: Payload) {
  const config = settingsOf(payload).search
  const client = meiliClient(config)
  const { groups, places } = await synonymSources(payload)
  const settings = indexSettings(synonymsFrom(groups, places))
  for (const index of Object.values(config.indexes)) await applySettings(client, index, settings)
  settingsApplied.add(payload)
}

/**
 * `syncSearch`: brings the Meilisearch indexes in line with the records named in its input, in batches
 * (see planSync). A group's change also re-syncs its items (their documents carry its names) and the
 * synonyms. If Meilisearch is down or a task fails, the job fails and Payload retries it with growing
 * waits; the records themselves were saved long before and are not touched.
 */
export const syncSearchTask: TaskConfig<'syncSearch'> = {
  slug: 'syncSearch',
  label: 'Cập nhật chỉ mục tìm kiếm',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'refs', type: 'json', required: true },
    // names of places changed: the synonyms are made again
    { name: 'settings', type: 'checkbox' },
  ],
  handler: async ({ job, req }) => {
    const config = settingsOf(req.payload).search
    if (!config.enabled) return { output: { skipped: 'MEILI_URL is not set' } }
    const { payload } = req
    // Changes that arrived while the job waited were merged into its stored input: read that, not the copy.
    const stored = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, overrideAccess: true })
    const input = (stored.input ?? {}) as { refs?: unknown[]; settings?: boolean }
    const refs = (input.refs ?? []).filter(isRef)
    const groups = refs.filter((ref) => ref.collection === 'ethnic-groups').map((ref) => ref.id)
    if (groups.length) {
      refs.push(...(await itemRefsWhere(payload, { ethnicGroups: { in: groups } })))
    }
    // An index that is missing (a server that lost its data) would be made by the first document without
    // our settings: make it, with them, first.
    const client = meiliClient(config)
    const missing = (
      await Promise.all(Object.values(config.indexes).map((index) => indexExists(client, index)))
    ).includes(false)
    if (missing || groups.length || input.settings || !settingsApplied.has(payload)) await applyAllSettings(payload)
    const sources = await loadSources(payload, refs)
    const { requests, failed } = planSync(refs, sources, config.indexes)
    for (const failure of failed)
      payload.logger.error(`search: ${failure.collection} ${failure.id} not indexed: ${failure.error}`)
    await runRequests(client, requests)
    return { output: { records: refs.length, requests: requests.length } }
  },
}

/**
 * Queues these records for the search sync. A sync job waiting to start takes them into its input (one
 * batch for a burst of saves); otherwise a new job starts SEARCH_SYNC_SECONDS from now. Never throws:
 * a record is saved whether or not search hears of it (a full reindex catches up).
 */
export async function queueSearchSync(
  req: PayloadRequest,
  refs: SyncRef[],
  { settings = false }: { settings?: boolean } = {},
): Promise<void> {
  const config = settingsOf(req.payload).search
  if (!config.enabled || req.context.skipSearchSync || (refs.length === 0 && !settings)) return
  try {
    // Not one that was tried and waits to be tried again: its input is what failed.
    const waiting: Where = { and: [waitingJob('syncSearch'), { totalTried: { equals: 0 } }] }
    const found = await req.payload.find({
      collection: 'payload-jobs',
      where: waiting,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const job = found.docs[0]
    if (job) {
      const known = (job.input ?? {}) as { refs?: unknown[]; settings?: boolean }
      const merged = [
        ...new Map(
          [...(known.refs ?? []).filter(isRef), ...refs].map((ref) => [`${ref.collection}:${ref.id}`, ref]),
        ).values(),
      ]
      const updated = await req.payload.update({
        collection: 'payload-jobs',
        where: { and: [{ id: { equals: job.id } }, waiting] },
        data: { input: { refs: merged, settings: Boolean(known.settings) || settings } },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (updated.docs.length > 0) return
    }
    await req.payload.jobs.queue({
      task: 'syncSearch',
      input: { refs, settings },
      queue: QUEUES.search,
      waitUntil: new Date(Date.now() + config.delayMs),
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'search: could not queue the sync; run npm run search:reindex' })
  }
}

type Publishable = { _status?: string | null }

/**
 * Saving a record that is or was published queues it for the search sync: publishing, editing,
 * unpublishing and access-level changes all reach the indexes. Drafts of unpublished records do not.
 */
export const syncAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  // Every indexed collection has drafts today; one without them would be live as soon as it is saved.
  const live = (version: unknown) =>
    collection.versions?.drafts ? (version as Publishable | undefined)?._status === 'published' : Boolean(version)
  if (isIndexed(collection.slug) && (live(doc) || live(previousDoc)))
    await queueSearchSync(req, [{ collection: collection.slug, id: String(doc.id) }])
  return doc
}

export const syncAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (isIndexed(collection.slug)) await queueSearchSync(req, [{ collection: collection.slug, id: String(doc.id) }])
  return doc
}

/**
 * A place's names reach the documents of the items there, and of the items in places it replaced (their
 * "now part of" names), and the synonyms of merged provinces: re-sync those items and the settings.
 */
export const syncAfterPlaceChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!settingsOf(req.payload).search.enabled || req.context.skipSearchSync) return doc
  const formerly = await req.payload.find({
    collection: 'places',
    where: { replacedBy: { contains: doc.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = [doc.id, ...formerly.docs.map((place) => place.id)]
  const items = await itemRefsWhere(req.payload, { or: [{ places: { in: ids } }, { placesIndex: { in: ids } }] }, req)
  await queueSearchSync(req, items, { settings: true })
  return doc
}

/** A file that finished processing changes the thumbnails and media flags of the items using it. */
export async function queueSearchSyncForMedia(req: PayloadRequest, mediaId: string | number): Promise<void> {
  if (!settingsOf(req.payload).search.enabled) return
  const where: Where = { or: [{ media: { contains: mediaId } }, { featuredMedia: { equals: mediaId } }] }
  await queueSearchSync(req, await itemRefsWhere(req.payload, where, req))
}

/** The heritage items matching a query, as sync refs (read as the system: every access level). */
async function itemRefsWhere(payload: Payload, where: Where, req?: PayloadRequest): Promise<SyncRef[]> {
  const items = await payload.find({
    collection: 'heritage-items',
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return items.docs.map((doc) => ({ collection: 'heritage-items' as const, id: String(doc.id) }))
}
