import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { safeFileName } from '@di-san-so/media-pipeline'
import type { CollectionBeforeOperationHook } from 'payload'

import { IDENTIFIED_EXTENSION } from './uploadGuard'

/**
 * Stored file names are random, so a file's URL cannot be guessed from a public title or slug; the
 * name it was uploaded with is kept in `originalFilename`. The stored extension is what the bytes are
 * (`refuseUnsafeUploads`), never what the name claims.
 */
export const randomizeFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const uploaded = safeFileName(req.file.name)
  const identified = req.context[IDENTIFIED_EXTENSION]
  req.file.name = `${randomUUID()}${typeof identified === 'string' ? `.${identified}` : path.extname(uploaded)}`
  return { ...args, data: { ...args.data, originalFilename: uploaded } }
}
