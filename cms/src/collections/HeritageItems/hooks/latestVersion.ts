import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The latest saved version of a record, drafts included. Hooks that enforce the review workflow must
 * look here: a draft save leaves the stored document (and so `originalDoc` on some paths) behind.
 */
export async function latestVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<Record<string, unknown> | undefined> {
  if (id == null) return undefined
  const doc = await req.payload.findByID({
    collection,
    id: id as string | number,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return (doc as Record<string, unknown> | null) ?? undefined
}
