import { createLocalReq, type FlattenedField, getLocalI18n, type Payload, type Validate } from 'payload'

import { messageIn } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'
import type { User } from '../../payload-types'
import { mediaDataFrom } from './mediaDataFrom'

/** The media fields a tus upload's metadata fills (issue 15's contract), besides the file's name and type. */
const FROM_METADATA = new Set([
  'caption',
  'credit',
  'recordedAt',
  'accessLevel',
  'accessReason',
  'recordedWhere',
  'languages',
])
const DAY = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/

/** What the admin shows as the field's name ("Mức truy cập"), in `language`. */
const labelOf = (field: FlattenedField, language: string): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return messageIn(language, label as { vi: string; en: string })
  return field.name
}

/** A day that exists: "2026-02-30" parses in JavaScript (as 2 March) but is refused here. */
const isRealDate = (value: string): boolean => {
  const match = DAY.exec(value)
  if (!match || Number.isNaN(Date.parse(value))) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export type MetadataRefusal = { field: string; reason: string }

/**
 * Why the media record a tus upload's metadata describes would be refused for `user`, or undefined if it
 * would not: the media collection's own rules (`required`, each field's `validate`: access level, a reason
 * unless public, ISO 639-3 codes…), run as `payload.create` runs them, plus what those rules leave to the
 * database — the place (`recordedWhere`) must be one the user may read (a place they may not see is refused
 * exactly like one that does not exist) — and a date that exists. Checked when the upload is created,
 * before any byte, and again when it finishes (`finishUpload`). The field is named by its admin label.
 */
export async function metadataRefusal(
  payload: Payload,
  user: User,
  metadata: Record<string, string | null> | undefined,
  language: string,
): Promise<MetadataRefusal | undefined> {
  const data: Record<string, unknown> = { ...mediaDataFrom(metadata) }
  const fields = payload.collections.media.config.flattenedFields
  for (const field of fields)
    if (data[field.name] === undefined && 'defaultValue' in field && typeof field.defaultValue !== 'function')
      data[field.name] = field.defaultValue
  const locale = language === 'en' ? 'en' : 'vi'
  const i18n = await getLocalI18n({ config: payload.config, language: locale })
  const req = await createLocalReq({ user: { ...user, collection: 'users' }, locale, req: { i18n } }, payload)
  const refuse = (field: FlattenedField, reason: string) => ({ field: labelOf(field, locale), reason })
  for (const field of fields) {
    if (!FROM_METADATA.has(field.name) && !('required' in field && field.required)) continue
    const value = data[field.name]
    if (field.name === 'recordedWhere') {
      if (value === undefined) continue
      const place = await payload
        .findByID({ collection: 'places', id: String(value), user, overrideAccess: false, depth: 0 })
        .catch(() => undefined)
      if (!place || typeof value !== 'number') return refuse(field, messageIn(locale, MESSAGES.tusNoSuchPlace))
      continue
    }
    if (field.name === 'recordedAt' && typeof value === 'string' && !isRealDate(value))
      return refuse(field, messageIn(locale, MESSAGES.tusNotADate, { value }))
    const validate = 'validate' in field ? (field.validate as Validate | undefined) : undefined
    if (!validate) continue
    const result = await validate(value, {
      ...field,
      data,
      siblingData: data,
      req,
      operation: 'create',
      event: 'submit',
      path: [field.name],
      preferences: { fields: {} },
      collectionSlug: 'media',
      overrideAccess: false,
    } as unknown as Parameters<Validate>[1])
    if (result !== true) return refuse(field, String(result))
  }
  return undefined
}
