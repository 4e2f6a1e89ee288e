import { APIError, type PayloadRequest } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

/** 429: this address has failed too often for this account (or overall); it may try again after a wait. */
export class TooManyAttempts extends APIError {
  constructor(req: Pick<PayloadRequest, 'i18n'>, retryAfterSeconds: number) {
    const minutes = String(Math.max(1, Math.ceil(retryAfterSeconds / 60)))
    super(localMessage(req, MESSAGES.tooManyAttempts, { minutes }), 429, { retryAfterSeconds }, true)
  }
}
