import { type CollectionBeforeChangeHook, type CollectionSlug, ValidationError } from 'payload'

import { hasRole } from '../access/roles'
import { userOf } from '../access/scope'
import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { idOrNull } from '../lib/idOf'

/** A relation to check: `field` of the record, of its group `group`, or of each row of the array `array`. */
type Relation = { field: string; collection: CollectionSlug; array?: string; group?: string }

const idsAt = (doc: Record<string, unknown> | undefined, { field, array, group }: Relation): string[] => {
  const values = array
    ? ((doc?.[array] as Record<string, unknown>[] | null | undefined) ?? []).map((row) => row?.[field])
    : group
      ? [(doc?.[group] as Record<string, unknown> | null | undefined)?.[field]]
      : [doc?.[field]]
  return values
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .flatMap((ref) => {
      const id = idOrNull(ref)
      return id == null ? [] : [String(id)]
    })
}

/**
 * Each role works from its own seat (DESIGN.md §5): a save by anyone but an admin may newly attach only
 * files and people its author may read. The NEW values are checked; what the record already had stays.
 * (An editor used to attach another province's restricted recording to their public record, which made
 * the file public.)
 */
export const attachOnlyReadable =
  (relations: Relation[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const user = userOf(req)
    if (!user || hasRole(user, 'admin')) return data
    for (const relation of relations) {
      const key = relation.array ?? relation.group ?? relation.field
      if (!(key in data)) continue
      const had = new Set(idsAt(originalDoc, relation))
      const added = [...new Set(idsAt(data, relation))].filter((id) => !had.has(id))
      if (added.length === 0) continue
      const readable = await req.payload.find({
        collection: relation.collection,
        where: { id: { in: added } },
        depth: 0,
        limit: added.length,
        overrideAccess: false,
        user,
        req,
      })
      if (readable.docs.length === added.length) continue
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [{ path: relation.array ?? relation.field, message: localMessage(req, MESSAGES.attachOutOfScope) }],
        },
        req.t,
      )
    }
    return data
  }
