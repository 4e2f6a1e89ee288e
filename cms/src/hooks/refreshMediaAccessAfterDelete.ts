import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshMediaAccess } from './mediaAccess'

/**
 * After a record is deleted, recomputes how open the files it used may be. Returns the deleted record
 * itself: Payload hands each afterDelete hook's result to the next (the site rebuild, search sync and audit
 * need its status, slug and title).
 */
export const refreshMediaAccessAfterDelete: CollectionAfterDeleteHook = async (args) => {
  const { doc, req } = args
  await refreshMediaAccess({
    ...args,
    doc: { id: doc.id },
    previousDoc: doc,
    req,
  } as unknown as Parameters<CollectionAfterChangeHook>[0])
  return doc
}
