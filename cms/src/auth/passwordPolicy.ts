import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import type { User } from '../payload-types'
import { isCommonPassword } from './commonPasswords'

/**
 * Minimum password policy: 12+ characters, letters and digits, not built from the email, and not one of
 * the most common passwords (`commonPasswords.ts`).
 */
export const passwordPolicy: CollectionBeforeValidateHook<User> = ({ data, req, collection, originalDoc }) => {
  const password = data?.password
  if (typeof password !== 'string') return data
  const email = data?.email ?? originalDoc?.email
  const local =
    String(email ?? '')
      .split('@')[0]
      ?.toLowerCase() ?? ''
  const weak =
    password.length < 12 ||
    !/\p{L}/u.test(password) ||
    !/\d/.test(password) ||
    (local.length >= 4 && password.toLowerCase().includes(local))
  const message = weak ? MESSAGES.passwordPolicy : isCommonPassword(password) ? MESSAGES.commonPassword : null
  if (!message) return data
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: 'password', message: localMessage(req, message) }] },
    req.t,
  )
}
