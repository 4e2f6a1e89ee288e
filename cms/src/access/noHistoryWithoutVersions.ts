import type { CollectionConfig } from 'payload'

/**
 * A collection that keeps no versions has no history to read: its `/versions` routes answer 403 to everyone.
 * (Payload's default lets any signed-in account ask, and then fails with a 500 on the missing table.)
 */
export function noHistoryWithoutVersions(collection: CollectionConfig): CollectionConfig {
  if (collection.versions) return collection
  return { ...collection, access: { ...collection.access, readVersions: () => false } }
}
