import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { effectiveMediaAccess, type MediaUse } from '../lib/effectiveAccess'
import { idOrNull } from '../lib/idOf'

type Id = string | number

/** Where a media file is used by a record that can be public: items (media, featured) and ethnic groups (featured image). */
async function usesOf(req: PayloadRequest, id: Id): Promise<MediaUse[]> {
  const items = await req.payload.find({
    collection: 'heritage-items',
    where: { or: [{ media: { contains: id } }, { featuredMedia: { equals: id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const groups = await req.payload.find({
    collection: 'ethnic-groups',
    where: { featuredImage: { equals: id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [
    ...items.docs.map((doc) => ({ accessLevel: doc.accessLevel, published: doc._status === 'published' })),
    ...groups.docs.map((doc) => ({ accessLevel: 'public', published: doc._status === 'published' })),
  ]
}

/** Media: recompute how open the file may be whenever its own level changes. */
export const computeEffectiveAccess: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const own = data.accessLevel ?? originalDoc?.accessLevel
  const uses = originalDoc?.id == null ? [] : await usesOf(req, originalDoc.id)
  return { ...data, effectiveAccess: effectiveMediaAccess(own, uses) }
}

/** Items and groups: after a save, recompute the files they use now or used before. */
export const refreshMediaAccess: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const ids = new Set<string>()
  const collect = (value: unknown) => {
    for (const ref of Array.isArray(value) ? value : [value]) {
      const id = idOrNull(ref)
      if (id != null) ids.add(String(id))
    }
  }
  for (const source of [doc, previousDoc]) {
    collect(source?.media)
    collect(source?.featuredMedia)
    collect(source?.featuredImage)
  }
  for (const key of ids) {
    const media = await req.payload.find({
      collection: 'media',
      where: { id: { equals: key } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const file = media.docs[0]
    if (!file) continue
    const effectiveAccess = effectiveMediaAccess(file.accessLevel, await usesOf(req, file.id))
    if (effectiveAccess !== file.effectiveAccess) {
      await req.payload.update({
        collection: 'media',
        id: file.id,
        data: { effectiveAccess },
        depth: 0,
        overrideAccess: true,
        req,
        context: { skipAudit: true },
      })
    }
  }
  return doc
}
