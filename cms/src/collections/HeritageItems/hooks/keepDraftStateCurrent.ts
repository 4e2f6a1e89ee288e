import type { CollectionAfterChangeHook } from 'payload'

/**
 * A draft save writes only a version, so the stored document of a record that was never published keeps the
 * review state it had when it was created, and every rule that filters on it — the contributor's "may edit
 * while draft or sent back", the admin's "may this user edit this record?" — judged a stale state: a record
 * sent back to its contributor stayed read-only for them. While the stored document is not published (so
 * nothing public reads it) its review state follows the latest save; a published one changes only when it is
 * saved as such (publishing, unpublishing).
 */
export const keepDraftStateCurrent: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'update' || doc._status === 'published') return doc
  const stored = await req.payload.db.findOne<{
    id: string | number
    _status?: string | null
    reviewState?: string | null
  }>({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    req,
  })
  if (!stored || stored._status === 'published' || stored.reviewState === doc.reviewState) return doc
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { reviewState: doc.reviewState },
    req,
    returning: false,
  })
  return doc
}
