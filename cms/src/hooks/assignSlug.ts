import { slugify } from '@di-san-so/search'
import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../lib/idOf'

/** A record with a slug (the slug fields' `slug` and `previousSlugs`, see fields/slugFields). */
type Slugged = { id: Id; slug?: string | null; previousSlugs?: string[] | null }

/**
 * Gives a new record a slug folded from its title (`from`), unique in the collection; keeps it when the
 * title changes later; remembers the old slug when someone edits it by hand.
 */
export const assignSlug =
  (from: string): CollectionBeforeChangeHook<Slugged> =>
  async ({ collection, data, originalDoc, req }) => {
    const previous = originalDoc?.slug ?? undefined
    const wanted = data.slug || previous
    if (wanted) {
      if (previous && wanted !== previous) {
        const history = originalDoc?.previousSlugs ?? []
        return {
          ...data,
          slug: wanted,
          previousSlugs: [...new Set([...history, previous])].filter((s) => s !== wanted),
        }
      }
      return { ...data, slug: wanted }
    }
    const base = slugify(String(Reflect.get(data, from) ?? '')) || collection.slug.replace(/s$/, '')
    return { ...data, slug: await firstFreeSlug(req, collection.slug, base, originalDoc?.id) }
  }

async function firstFreeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownId: unknown,
): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const taken = await req.payload.count({
      collection,
      req,
      overrideAccess: true,
      where: {
        and: [
          { or: [{ slug: { equals: candidate } }, { previousSlugs: { contains: candidate } }] },
          ...(ownId == null ? [] : [{ id: { not_equals: ownId } }]),
        ],
      },
    })
    if (taken.totalDocs === 0) return candidate
  }
}
