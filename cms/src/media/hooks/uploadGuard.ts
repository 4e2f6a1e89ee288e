import { open } from 'node:fs/promises'

import { IDENTIFY_HEAD_BYTES, identifyBytes, MediaPipelineError } from '@di-san-so/media-pipeline'
import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { mayUpload } from '../../access/mediaScope'
import { userOf } from '../../access/scope'
import { MESSAGES } from '../../i18n/messages'
import { PROCESSING_ERRORS } from '../messages'
import { refuseUpload } from './refuseUpload'

async function headOf(file: NonNullable<PayloadRequest['file']>): Promise<Buffer> {
  if (file.data?.length) return file.data.subarray(0, IDENTIFY_HEAD_BYTES)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await open(file.tempFilePath, 'r')
  try {
    const head = Buffer.alloc(IDENTIFY_HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, IDENTIFY_HEAD_BYTES, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Set by `refuseUnsafeUploads` when a save from outside carried no file. */
const NO_FILE_SENT = 'mediaNoFileSent'

/**
 * A file that did not come in the request — fetched by Payload from a `url` in the data, or copied from a
 * stored file named in it — never passed the byte check: refused before anything is stored.
 */
export const refuseFilesNotSent: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const filename = (data as { filename?: unknown } | undefined)?.filename
  if (req.context[NO_FILE_SENT] && filename && filename !== originalDoc?.filename)
    throw refuseUpload(req, MESSAGES.uploadFileNotSent)
  return data
}

/** Where `refuseUnsafeUploads` leaves what the bytes are, for the stored name (see `randomizeFilename`). */
export const IDENTIFIED_EXTENSION = 'mediaIdentifiedExtension'

/**
 * Only what an archive keeps is stored — images, audio, video, PDF, WebVTT — as told by the file's BYTES.
 * Everything else (an HTML page under any name, SVG, XML, text, archives, an empty file, a name that claims
 * another kind than the bytes) is refused before anything is stored, with the reason in the officer's
 * language. The file's type is then the identified one, never the browser's claim, and the stored name gets
 * the identified extension, so a GIF named `.html` can never be served as a page.
 * Problems found only by decoding (damaged, unknown codec, too many pixels) are shown on the record by the
 * media workflow.
 */
export const refuseUnsafeUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Bytes come only in the request: a file Payload would fetch from a `url` or read by `filename` by itself
  // (`generateFileData`, after this hook) is refused by `refuseFilesNotSent`.
  if (!req.file && args.overrideAccess !== true) req.context[NO_FILE_SENT] = true
  if (!req.file) return args
  // Someone who may not upload at all is told that (by the access check that follows), not what the file is.
  if (args.overrideAccess !== true && !mayUpload(userOf(req))) return args
  try {
    const identified = identifyBytes(await headOf(req.file), req.file.name)
    req.file.mimetype = identified.mimeType
    req.context[IDENTIFIED_EXTENSION] = identified.extension
  } catch (error) {
    if (error instanceof MediaPipelineError) throw refuseUpload(req, PROCESSING_ERRORS[error.code])
    throw error
  }
  return args
}
