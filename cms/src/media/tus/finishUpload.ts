import { rm } from 'node:fs/promises'

import type { Upload } from '@tus/utils'
import { APIError, getLocalI18n, type Payload, ValidationError } from 'payload'

import { type LocalText, messageIn } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'
import type { User } from '../../payload-types'
import type { IdentifyingFileStore } from './IdentifyingFileStore'
import { mediaDataFrom } from './mediaDataFrom'
import { metadataRefusal } from './metadataRefusal'
import { refusalBody, type TusErrorCode } from './tusRefusal'

/** Set in the Local API's context: the file is a finished tus upload, linked into place (`linkTusUpload`). */
export const TUS_UPLOAD = 'tusUpload'

type Refused = { status: number; code: TusErrorCode; reason: string }

const SERVER_ERROR: LocalText = {
  vi: 'lỗi máy chủ, hãy báo quản trị viên',
  en: 'a server error; tell an administrator',
}

/** Why Payload refused the record, in the officer's words: the field's admin label and the rule's own message. */
function refusedBy(payload: Payload, error: unknown, language: string): Refused {
  const status = error instanceof APIError ? error.status : 500
  if (status === 403) return { status, code: 'forbidden', reason: messageIn(language, MESSAGES.uploadNotAllowed) }
  if (error instanceof ValidationError) {
    const fields = payload.collections.media.config.flattenedFields
    const reasons = error.data.errors.map(({ path, message }) => {
      const field = fields.find((candidate) => candidate.name === String(path).split('.')[0])
      const label = field && 'label' in field ? field.label : undefined
      const name = label && typeof label === 'object' ? messageIn(language, label as LocalText) : String(label ?? path)
      return messageIn(language, MESSAGES.tusFieldReason, { field: name, reason: message })
    })
    return { status: 400, code: 'bad-request', reason: reasons.join('; ') }
  }
  // The guard (refuseUnsafeUploads) refuses by the bytes with a 400 and the reason, in the request's language.
  if (status === 400 && error instanceof Error) return { status: 415, code: 'type-refused', reason: error.message }
  return { status: 500, code: 'bad-request', reason: messageIn(language, SERVER_ERROR) }
}

/**
 * A finished tus upload becomes a media record through the Local API as the uploading user (the same access
 * rules, byte guard, workflow and audit as `POST /api/media`). The bytes are hard-linked into the originals
 * (`linkTusUpload`), never copied. Returns the new record's id.
 *
 * If the record is refused now (the place was deleted meanwhile, a rule changed; the metadata is checked
 * again first, as at creation), the last PATCH answers the contract's JSON, in the officer's language, saying
 * why and that the file was NOT kept — and the tus file and its `.json` are removed. They are not kept because
 * nobody could use them: a tus upload's metadata cannot be corrected, and tus clients take a complete upload
 * as done (they HEAD, see offset == length and never PATCH again). A user who lost the right to upload is
 * refused earlier, by `onIncomingRequest`, before the last bytes: then the upload stays, resumable, until
 * it expires.
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
  const locale = language === 'en' ? 'en' : 'vi'
  try {
    const refusal = await metadataRefusal(payload, user, metadata, locale)
    if (refusal) throw { status: 400, code: 'bad-request', reason: messageIn(locale, MESSAGES.tusFieldReason, refusal) }
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
      locale,
      req: { i18n: await getLocalI18n({ config: payload.config, language: locale }) },
      context: { [TUS_UPLOAD]: true },
    })
    return doc.id
  } catch (error) {
    const refused = isRefused(error) ? error : refusedBy(payload, error, locale)
    if (refused.status === 500)
      payload.logger.error({ err: error, msg: `[uploads] finishing upload ${upload.id} failed` })
    const message = messageIn(locale, MESSAGES.tusRefusedAtFinish, { reason: refused.reason })
    throw { status_code: refused.status, body: refusalBody(refused.code, message) }
  } finally {
    await rm(tempFilePath, { force: true })
    await store.removeAll(upload.id)
  }
}

const isRefused = (value: unknown): value is Refused =>
  typeof value === 'object' && value !== null && 'reason' in value && 'code' in value && !(value instanceof Error)
