import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
} from 'payload'

import { auditChange, auditDelete } from '../hooks/audit'
import { refreshMediaAccess } from '../hooks/mediaAccess'
import { refreshMediaAccessAfterDelete } from '../hooks/refreshMediaAccessAfterDelete'
import { syncAfterChange, syncAfterDelete, syncAfterPlaceChange } from '../searchIndex/sync'
import { type ArchiveSlug, EFFECTS } from './effectsTable'
import { rebuildSiteAfterChange } from './rebuildSiteAfterChange'
import { rebuildSiteAfterDelete } from './rebuildSiteAfterDelete'
import { reindexPlacesAfterChange } from './reindexPlacesAfterChange'
import { reindexPlacesBeforeDelete } from './reindexPlacesBeforeDelete'

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
  // Only what must be read while the record still exists (the items a deleted place's relations lead to).
  const beforeDelete: CollectionBeforeDeleteHook[] = []
  if (effects.mediaAccess) {
    afterChange.push(refreshMediaAccess)
    afterDelete.push(refreshMediaAccessAfterDelete)
  }
  if (effects.placesIndex) {
    afterChange.push(reindexPlacesAfterChange)
    beforeDelete.push(reindexPlacesBeforeDelete)
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
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), ...beforeDelete],
      afterChange: [...(collection.hooks?.afterChange ?? []), ...afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...afterDelete],
    },
  }
}
