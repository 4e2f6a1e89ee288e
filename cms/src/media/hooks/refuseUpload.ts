import { APIError, type PayloadRequest } from 'payload'

import { type LocalText, localMessage } from '../../i18n/localMessage'

/**
 * An upload refused with the reason in the officer's language, as the headline of the error (what the admin
 * shows in its toast) and on the file field (what it marks), instead of Payload's "The following field is
 * invalid: file".
 */
export function refuseUpload(req: Pick<PayloadRequest, 'i18n'>, text: LocalText): APIError {
  const message = localMessage(req, text)
  return new APIError(message, 400, { errors: [{ path: 'file', message }] }, true)
}
