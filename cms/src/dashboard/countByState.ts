import type { PayloadRequest, Where } from 'payload'
import { REVIEW_STATES, type ReviewState } from '../lib/reviewWorkflow'
import { asViewer } from './asViewer'
import { within } from './viewerScope'

/**
 * How many records (latest versions) are in each review state, within `scope` and what the viewer may read
 * (`overrideAccess: false`): the same numbers the viewer's own list view would show.
 */
export async function countByState(req: PayloadRequest, scope: Where): Promise<Record<ReviewState, number>> {
  const counts = await Promise.all(
    REVIEW_STATES.map(async (state) => {
      const found = await req.payload.find({
        collection: 'heritage-items',
        ...asViewer(req),
        depth: 0,
        draft: true,
        limit: 1,
        where: within(scope, { reviewState: { equals: state } }),
        select: { reviewState: true },
      })
      return [state, found.totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<ReviewState, number>
}
