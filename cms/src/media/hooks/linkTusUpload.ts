import { link, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook } from 'payload'

import { TUS_UPLOAD } from '../tus/finishUpload'

/**
 * A finished tus upload is moved into the originals, not copied: the tus file is hard-linked at the stored
 * name before Payload's `uploadFiles`, whose `copyFile` onto the same file is then a no-op, and the tus
 * file is unlinked after (`finishUpload`). Both folders are under DATA_DIR, on one filesystem.
 */
export const linkTusUpload: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  const source = req.file?.tempFilePath
  const staticDir = collection.upload?.staticDir
  if (operation !== 'create' || req.context[TUS_UPLOAD] !== true || !source || !staticDir || !data.filename) return data
  const target = path.join(staticDir, String(data.filename))
  await mkdir(staticDir, { recursive: true })
  await rm(target, { force: true })
  await link(source, target)
  return data
}
