import { type CollectionBeforeOperationHook, type CollectionConfig, NotFound } from 'payload'

/** There is no version to restore (Payload would look for one in a table that does not exist: a 500). */
const nothingToRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') throw new NotFound(req.t)
  return args
}

/**
 * A collection that keeps no versions has no history to read or restore: its `GET …/versions` routes answer
 * 403 to everyone and `POST …/versions/:id` 404. (Payload's default lets any signed-in account ask, and then
 * fails with a 500 on the missing table.)
 */
export function noHistoryWithoutVersions(collection: CollectionConfig): CollectionConfig {
  if (collection.versions) return collection
  return {
    ...collection,
    access: { ...collection.access, readVersions: () => false },
    hooks: { ...collection.hooks, beforeOperation: [nothingToRestore, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}
