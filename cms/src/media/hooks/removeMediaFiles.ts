import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterDeleteHook } from 'payload'

import { mediaDirs } from '../workflow'

/**
 * Nothing outlives its record (DESIGN.md §5): deleting a media record removes its original and every
 * derivative, so no URL of it answers again, whatever id comes next.
 */
export const removeMediaFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const dirs = mediaDirs(req.payload)
  const derivatives = path.resolve(dirs.derivatives, String(doc.id))
  if (path.dirname(derivatives) === path.resolve(dirs.derivatives))
    await rm(derivatives, { recursive: true, force: true })
  if (typeof doc.filename === 'string' && doc.filename && path.basename(doc.filename) === doc.filename)
    await rm(path.join(dirs.originals, doc.filename), { force: true })
}
