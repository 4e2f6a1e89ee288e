import type { AfterErrorHook, PayloadRequest } from 'payload'

type FieldError = { message?: unknown; label?: unknown }
type Said = { status?: unknown; isPublic?: unknown; data?: { errors?: FieldError[] } | null }

/** "Tên: Trường này là bắt buộc." — with the field as the form labels it, when Payload gives its label. */
const reasonOf = ({ message, label }: FieldError): string | null => {
  if (typeof message !== 'string' || !message) return null
  return typeof label === 'string' && label && !message.includes(label) ? `${label}: ${message}` : message
}

/**
 * Several reasons under one headline, in the shape the admin's toast lists ("…chưa hợp lệ (2):" and one line
 * per reason: it splits the headline at its first colon, then at commas).
 */
const severalReasons = (req: PayloadRequest | undefined, reasons: string[]): string => {
  const intro = req?.i18n?.t('error:followingFieldsInvalid', { count: reasons.length }) ?? ''
  return `${intro}${intro.endsWith(':') ? '' : ':'} ${reasons.join(', ')}`.trim()
}

/**
 * A refused request says why in its headline, whatever Payload's formatter made of the error:
 * - a ValidationError's headline names only the fields ("Field sau không hợp lệ: password"); its reasons — our
 *   translated messages — sit on the fields: "field: reason" becomes the headline (several are listed after
 *   "Các trường sau chưa hợp lệ:", as the admin's toast shows them), and the fields keep theirs;
 * - in the production build an error class can exist in two bundled copies, so Payload's `instanceof APIError`
 *   fails and our refusals (an upload's type, a throttled login) come out as "An unknown error occurred.".
 * So the answer is rebuilt from what the error itself says, by its shape, for every public error under 500.
 * Registered before `translateUploadErrors`, which words Payload's own upload refusals.
 */
export const reasonAsHeadline: AfterErrorHook = ({ error, result, req }) => {
  const { status, isPublic, data } = error as Error & Said
  if (typeof status !== 'number' || status >= 500 || isPublic === false) return
  const reasons = [...new Set((data?.errors ?? []).map(reasonOf).filter((reason) => reason !== null))]
  const message = reasons.length > 1 ? severalReasons(req, reasons) : (reasons[0] ?? error.message)
  const formatted = result?.errors?.[0] as { name?: unknown; message?: unknown } | undefined
  if (!message || (formatted?.message === message && (!data || 'data' in formatted))) return
  // Payload's own name for the error where it formatted one (a minified class name is no name).
  const name = typeof formatted?.name === 'string' ? { name: formatted.name } : {}
  return { response: { errors: [{ ...name, message, ...(data ? { data } : {}) }] }, status }
}
