import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import type { User } from '../payload-types'
import { authThrottle } from './authThrottle'
import { verifyPassword } from './passwordHash'
import { TooManyAttempts } from './TooManyAttempts'
import { accountOf, addressOf } from './throttleAuthRequests'

/**
 * Changing one's own password or email needs the current password (`currentPassword`, a virtual field on
 * the account page), so a stolen session cannot be turned into a stolen account (a new email, then
 * "forgot password", would do it as well as a new password). An admin changing someone else's does not
 * need theirs. Wrong guesses count against the login throttle of the account.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook<User> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const changes = data
  const newPassword = typeof changes?.password === 'string' && changes.password !== ''
  const newEmail =
    typeof changes?.email === 'string' &&
    changes.email.trim().toLowerCase() !== String(originalDoc?.email ?? '').toLowerCase()
  if (operation !== 'update' || !(newPassword || newEmail)) return data
  if (!req.user || req.user.collection !== collection.slug || req.user.id !== originalDoc?.id) return data
  const current = changes.currentPassword
  const address = addressOf(req)
  const account = accountOf(originalDoc)
  const wait = authThrottle.retryAfterMs('login', address, account)
  if (wait > 0) throw new TooManyAttempts(req, wait / 1000)
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: unknown; salt?: unknown }>({
    collection: collection.slug,
    req,
    where: { id: { equals: req.user.id } },
  })
  const message =
    typeof current !== 'string' || current === ''
      ? MESSAGES.currentPasswordRequired
      : stored && (await verifyPassword(stored, current))
        ? null
        : MESSAGES.currentPasswordWrong
  if (!message) return data
  if (message === MESSAGES.currentPasswordWrong) authThrottle.failed('login', address, account)
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: 'currentPassword', message: localMessage(req, message) }] },
    req.t,
  )
}
