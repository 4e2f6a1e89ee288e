import { rm } from 'node:fs/promises'

import type { Upload } from '@tus/utils'
import { APIError, type Payload, ValidationError } from 'payload'

import type { User } from '../../payload-types'
import type { IdentifyingFileStore } from './IdentifyingFileStore'
import { mediaDataFrom } from './mediaDataFrom'
import { refusalBody, type TusErrorCode } from './tusRefusal'

/** Set in the Local API's context: the file is a finished tus upload, linked into place (`linkTusUpload`). */
export const TUS_UPLOAD = 'tusUpload'

const codeOf = (error: unknown): { status: number; code: TusErrorCode } => {
  const status = error instanceof APIError ? error.status : 500
  if (status === 403) return { status, code: 'forbidden' }
  if (error instanceof ValidationError) return { status: 400, code: 'bad-request' }
  // The guard (refuseUnsafeUploads) refuses by the bytes with a 400 and the reason.
  if (status === 400) return { status: 415, code: 'type-refused' }
  return { status: 500, code: 'bad-request' }
}

/**
 * A finished tus upload becomes a media record through the Local API as the uploading user (the same access
 * rules, byte guard, workflow and audit as `POST /api/media`). The bytes are hard-linked into the originals
 * (`linkTusUpload`), never copied; the tus file and its `.json` are removed whatever happens.
 * Returns the new record's id; throws a tus refusal (`{ status_code, body }`) if the record is refused.
 */
export async function finishUpload(
  payload: Payload,
  store: IdentifyingFileStore,
  upload: Upload,
  user: User,
  language: string,
): Promise<string | number> {
  const tempFilePath = store.pathOf(upload.id)
  const metadata = upload.metadata ?? undefined
  try {
    const doc = await payload.create({
      collection: 'media',
      data: mediaDataFrom(metadata),
      file: {
        name: String(metadata?.filename || 'tep'),
        mimetype: String(metadata?.filetype || 'application/octet-stream'),
        size: upload.size ?? upload.offset,
        data: Buffer.alloc(0),
        tempFilePath,
      },
      user,
      overrideAccess: false,
      locale: language === 'en' ? 'en' : 'vi',
      context: { [TUS_UPLOAD]: true },
    })
    return doc.id
  } catch (error) {
    const { status, code } = codeOf(error)
    if (status === 500) payload.logger.error({ err: error, msg: `[uploads] finishing upload ${upload.id} failed` })
    const message = error instanceof Error ? error.message : String(error)
    throw { status_code: status, body: refusalBody(code, message) }
  } finally {
    await rm(tempFilePath, { force: true })
    await store.removeAll(upload.id)
  }
}
