import type { CollectionAfterChangeHook, TypeWithID } from 'payload'

import { queueSiteRebuild } from '../publication/siteRebuild'
import type { SiteRebuild } from './effectsTable'

type Stored = TypeWithID & { _status?: string | null; slug?: string | null }

/**
 * `whenPublished`: publishing, unpublishing or editing something published changes the site.
 * `always`: any change does (reference data the snapshot carries whether or not it is published).
 */
export const rebuildSiteAfterChange =
  (rule: Exclude<SiteRebuild, 'never'>): CollectionAfterChangeHook<Stored> =>
  async ({ doc, previousDoc, req, collection }) => {
    const published = (version?: Stored | null) => version?._status === 'published'
    if (rule === 'always' || published(doc) || published(previousDoc))
      await queueSiteRebuild(req, `${collection.slug} ${doc.slug ?? doc.id}`)
    return doc
  }
