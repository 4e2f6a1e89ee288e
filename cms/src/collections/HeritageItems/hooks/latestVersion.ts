import type { PayloadRequest } from 'payload'

import type { HeritageItem } from '../../../payload-types'

/**
 * The latest saved version of a heritage item, drafts included. Hooks that enforce the review workflow
 * must look here: a draft save leaves the stored document (and so `originalDoc` on some paths) behind.
 */
export async function latestVersion(
  req: PayloadRequest,
  id: HeritageItem['id'] | undefined,
): Promise<HeritageItem | undefined> {
  if (id == null) return undefined
  const doc = await req.payload.findByID({
    collection: 'heritage-items',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return doc ?? undefined
}
