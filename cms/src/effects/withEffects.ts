import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { auditChange, auditDelete } from '../hooks/audit'
import { refreshMediaAccess } from '../hooks/mediaAccess'
import { refreshMediaAccessAfterDelete } from '../hooks/refreshMediaAccessAfterDelete'
import { syncAfterChange, syncAfterDelete, syncAfterPlaceChange } from '../searchIndex/sync'
import { type ArchiveSlug, EFFECTS } from './effectsTable'
import { rebuildSiteAfterChange } from './rebuildSiteAfterChange'
import { rebuildSiteAfterDelete } from './rebuildSiteAfterDelete'
import { reindexPlacesAfterChange } from './reindexPlacesAfterChange'
import { reindexPlacesAfterDelete } from './reindexPlacesAfterDelete'

const isArchiveSlug = (slug: string): slug is ArchiveSlug => Object.hasOwn(EFFECTS, slug)

/**
 * Adds the hooks of a collection's row in `EFFECTS` after its own hooks, in this order: media access,
 * places index, site, search, audit (so the audit entry is written last, after everything it caused).
 * Used once, in archiveConfig, for every collection; a collection without a row is a mistake and throws.
 */
export function withEffects(collection: CollectionConfig): CollectionConfig {
  if (!isArchiveSlug(collection.slug))
    throw new Error(`[effects] collection "${collection.slug}" has no row in EFFECTS (cms/src/effects/effectsTable.ts)`)
  const effects = EFFECTS[collection.slug]
  const afterChange: CollectionAfterChangeHook[] = []
  const afterDelete: CollectionAfterDeleteHook[] = []
  if (effects.mediaAccess) {
    afterChange.push(refreshMediaAccess)
    afterDelete.push(refreshMediaAccessAfterDelete)
  }
  if (effects.placesIndex) {
    afterChange.push(reindexPlacesAfterChange)
    afterDelete.push(reindexPlacesAfterDelete)
  }
  if (effects.site !== 'never') {
    afterChange.push(rebuildSiteAfterChange(effects.site))
    afterDelete.push(rebuildSiteAfterDelete(effects.site))
  }
  if (effects.search === 'record') {
    afterChange.push(syncAfterChange)
    afterDelete.push(syncAfterDelete)
  }
  if (effects.search === 'place') afterChange.push(syncAfterPlaceChange)
  if (effects.audit) {
    afterChange.push(auditChange)
    afterDelete.push(auditDelete)
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), ...afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...afterDelete],
    },
  }
}
