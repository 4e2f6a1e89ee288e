import { open } from 'node:fs/promises'

import { IDENTIFY_HEAD_BYTES, identifyBytes, MediaPipelineError } from '@di-san-so/media-pipeline'
import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { PROCESSING_ERRORS } from './messages'

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

/**
 * Files that can carry script (SVG, an HTML page under any name) are refused before anything is stored,
 * with the reason in the officer's language. Every other problem (empty, corrupt, mislabelled, unknown
 * codec…) is found by the media workflow and shown on the record, so the upload itself is never lost.
 */
export const refuseUnsafeUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  try {
    identifyBytes(await headOf(req.file), req.file.name)
  } catch (error) {
    if (error instanceof MediaPipelineError && error.code === 'unsafe-content')
      throw new ValidationError(
        {
          collection: 'media',
          errors: [{ path: 'file', message: localMessage(req, PROCESSING_ERRORS['unsafe-content']) }],
        },
        req.t,
      )
  }
  return args
}
