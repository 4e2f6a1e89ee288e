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
 * (`linkTusUpload`), never copied. Returns the record's id; an upload already recorded returns its record
 * (the caller runs one finish at a time per upload).
 *
 * - Made: the upload is marked recorded (`markRecorded`): HEAD answers it complete, with `Media-Id`, until it
 *   expires, so a client whose answer was lost does not send the file again.
 * - Refused (the place was deleted meanwhile, a rule changed; the metadata is checked again first, as at
 *   creation): the answer is the contract's JSON, in the officer's language, saying why and that the file was
 *   NOT kept, and the upload is removed — nobody could use it: a tus upload's metadata cannot be corrected.
 * - A server error: the bytes are kept and the answer (500) says so; the client tries again (HEAD), and
 *   `handleUpload` finishes a complete, unrecorded upload then, without the file being sent again.
 * A user who lost the right to upload is refused earlier, by `onIncomingRequest`, before the last bytes.
 */
export async function finishUpload(
  payload: Payload,
  store: IdentifyingFileStore,
  upload: Upload,
  user: User,
  language: string,
): Promise<string> {
  const recorded = upload.metadata?.mediaId
  if (recorded) return recorded
  const metadata = upload.metadata ?? undefined
  const locale = language === 'en' ? 'en' : 'vi'
  let kept = false
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
        // Payload removes its temporary file, made or refused: it gets a second name for the bytes.
        tempFilePath: await store.handOff(upload.id),
      },
      user,
      overrideAccess: false,
      locale,
      req: { i18n: await getLocalI18n({ config: payload.config, language: locale }) },
      context: { [TUS_UPLOAD]: true },
    })
    await store.markRecorded(upload, String(doc.id))
    kept = true
    return String(doc.id)
  } catch (error) {
    const refused = isRefused(error) ? error : refusedBy(payload, error, locale)
    if (refused.status === 500) {
      payload.logger.error({ err: error, msg: `[uploads] finishing upload ${upload.id} failed; its bytes are kept` })
      kept = true
      throw { status_code: 500, body: refusalBody('bad-request', messageIn(locale, MESSAGES.tusFinishFailed)) }
    }
    const message = messageIn(locale, MESSAGES.tusRefusedAtFinish, { reason: refused.reason })
    throw { status_code: refused.status, body: refusalBody(refused.code, message) }
  } finally {
    if (!kept) await store.removeAll(upload.id)
  }
}

const isRefused = (value: unknown): value is Refused =>
  typeof value === 'object' && value !== null && 'reason' in value && 'code' in value && !(value instanceof Error)
