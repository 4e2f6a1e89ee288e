import { type AfterErrorHook, ValidationError } from 'payload'

/**
 * A refused save says why in its headline. Payload's headline for a ValidationError names only the fields
 * ("Field sau không hợp lệ: password"), and its reasons — our translated messages — sit on the fields; the
 * admin's toast and API clients read the headline. The reasons become the headline; the fields keep theirs.
 * Registered before `translateUploadErrors`, which words Payload's own upload refusals.
 */
export const reasonAsHeadline: AfterErrorHook = ({ error, result }) => {
  if (!(error instanceof ValidationError) || !result?.errors?.length) return
  const reasons = [...new Set(error.data.errors.map((field) => field.message).filter(Boolean))]
  if (!reasons.length) return
  const [first, ...rest] = result.errors
  return { response: { ...result, errors: [{ ...first, message: reasons.join(' ') }, ...rest] } }
}
