import type { PayloadRequest, Where } from 'payload'

import { QUEUES } from '../jobs/queues'
import { waitingJob } from '../jobs/waitingJob'
import type { Id } from '../lib/idOf'
import { itemsOf } from './reindexItemsAt'
import { type ReindexTargets, reindexTargetsIn } from './reindexTargetsIn'

const merged = (known: readonly Id[], added: readonly Id[]): Id[] => [
  ...known,
  ...added.filter((id) => !known.some((old) => String(old) === String(id))),
]

/** The job's stored input: `{ places }`, and `items` only when there are some. */
const inputOf = ({ places, items }: ReindexTargets) => (items.length > 0 ? { places, items } : { places })

/**
 * Queues the re-indexing of the items under changed places, or of items named by id (those that were
 * under a deleted place), as the `reindexPlaces` task on the web server's `places` queue, so the admin's
 * save does not wait for thousands of writes. A job waiting to start takes the targets into its input (a
 * burst of gazetteer edits makes one job); targets with no item queue nothing. `context.skipPlacesIndex`
 * turns it off (a seed that makes places before items).
 */
export async function queueReindex(req: PayloadRequest, targets: ReindexTargets): Promise<void> {
  if (req.context.skipPlacesIndex) return
  if (targets.places.length === 0 && targets.items.length === 0) return
  const { payload } = req
  const under = await payload.count({
    collection: 'heritage-items',
    where: itemsOf(targets),
    overrideAccess: true,
    req,
  })
  if (under.totalDocs === 0) return
  // Not one that was tried and waits to be tried again: its input is what failed.
  const waiting: Where = { and: [waitingJob('reindexPlaces'), { totalTried: { equals: 0 } }] }
  const found = await payload.find({
    collection: 'payload-jobs',
    where: waiting,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const job = found.docs[0]
  if (job) {
    const known = reindexTargetsIn(job.input)
    const next = { places: merged(known.places, targets.places), items: merged(known.items, targets.items) }
    if (next.places.length === known.places.length && next.items.length === known.items.length) return
    const updated = await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: job.id } }, waiting] },
      data: { input: inputOf(next) },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (updated.docs.length > 0) return
  }
  await payload.jobs.queue({ task: 'reindexPlaces', input: inputOf(targets), queue: QUEUES.places, req })
}

/** A place changed: the items at or under it (its own, its descendants', its predecessors'). */
export const queueReindexPlaces = (req: PayloadRequest, place: Id): Promise<void> =>
  queueReindex(req, { places: [place], items: [] })
