import type { PayloadRequest, Where } from 'payload'

import { QUEUES } from '../jobs/queues'
import { waitingJob } from '../jobs/waitingJob'
import type { PlaceId } from '../lib/gazetteer'
import { placeIdsIn } from './placeIdsIn'
import { itemsAtPlaces } from './reindexItemsAt'

/**
 * Queues the re-indexing of the items under a changed place (`reindexPlaces`, on the web server's
 * `places` queue), so the admin's save does not wait for thousands of writes. A job waiting to start
 * takes the place into its input (a burst of gazetteer edits makes one job); a place with no item under
 * it queues nothing. `context.skipPlacesIndex` turns it off (a seed that makes places before items).
 */
export async function queueReindexPlaces(req: PayloadRequest, place: PlaceId): Promise<void> {
  if (req.context.skipPlacesIndex) return
  const { payload } = req
  const under = await payload.count({
    collection: 'heritage-items',
    where: itemsAtPlaces([place]),
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
    const known = placeIdsIn(job.input)
    if (known.some((id) => String(id) === String(place))) return
    const updated = await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ id: { equals: job.id } }, waiting] },
      data: { input: { places: [...known, place] } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (updated.docs.length > 0) return
  }
  await payload.jobs.queue({ task: 'reindexPlaces', input: { places: [place] }, queue: QUEUES.places, req })
}
