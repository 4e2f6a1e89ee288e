import type { TaskConfig } from 'payload'
import { queueSiteRebuild } from '../publication/siteRebuild'
import { queueSearchSync } from '../searchIndex/sync'
import { reindexItemsAt } from './reindexItemsAt'
import { reindexTargetsIn } from './reindexTargetsIn'

/**
 * `reindexPlaces`: recomputes `placesIndex` of the items under the places named in its input, and of the
 * items it names (those that were under a deleted place; see reindexItemsAt), after the admin's save of a place has returned. Idempotent: run twice, it writes
 * nothing the second time. The items whose index changed reach search and the public site (both
 * filter by place), through their own folded queues.
 */
export const reindexPlacesTask: TaskConfig<'reindexPlaces'> = {
  slug: 'reindexPlaces',
  label: 'Cập nhật chỉ mục địa danh của hồ sơ',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'places', type: 'json', required: true },
    // Ids of the items that were under a deleted place (absent otherwise).
    { name: 'items', type: 'json' },
  ],
  handler: async ({ job, req }) => {
    // Places changed (and items of places deleted) while the job waited were merged into its stored input:
    // read that, not the copy.
    const stored = await req.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const targets = reindexTargetsIn(stored.input)
    const changed = await reindexItemsAt(req, targets)
    if (changed.length > 0) {
      await queueSearchSync(
        req,
        changed.map((id) => ({ collection: 'heritage-items', id: String(id) })),
      )
      await queueSiteRebuild(req, `places index of ${changed.length} items`)
    }
    return { output: { places: targets.places.length, items: changed.length } }
  },
}
