import type { CollectionAfterDeleteHook, TypeWithID } from 'payload'

import { queueSiteRebuild } from '../publication/siteRebuild'
import type { SiteRebuild } from './effectsTable'

type Stored = TypeWithID & { _status?: string | null }

/** Deleting something published (`whenPublished`), or anything (`always`), changes the site. */
export const rebuildSiteAfterDelete =
  (rule: Exclude<SiteRebuild, 'never'>): CollectionAfterDeleteHook<Stored> =>
  async ({ doc, req, collection }) => {
    if (rule === 'always' || doc._status === 'published') await queueSiteRebuild(req, `${collection.slug} deleted`)
    return doc
  }
