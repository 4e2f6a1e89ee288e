import type { CollectionAfterLoginHook } from 'payload'

import { authThrottle } from './authThrottle'
import { accountOf, addressOf } from './throttleAuthRequests'

/** A correct password: the attempt `throttleAuthRequests` counted as failed is forgiven. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI !== 'local') authThrottle.succeeded('login', addressOf(req), accountOf(user))
  return user
}
