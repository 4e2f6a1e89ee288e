import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { settingsOf } from '../config/settings'
import { type AuthAction, authThrottle } from './authThrottle'
import { clientIp } from './clientIp'
import { TooManyAttempts } from './TooManyAttempts'

const ACTIONS: Record<string, AuthAction> = { login: 'login', forgotPassword: 'forgotPassword', unlock: 'unlock' }

/** The account a login, forgot-password or unlock request names, as Payload compares it. */
export const accountOf = (data: unknown): string =>
  String((data as { email?: unknown } | undefined)?.email ?? '')
    .toLowerCase()
    .trim()

/** Who is asking: the address as this server may trust it (see `clientIp`). */
export const addressOf = (req: PayloadRequest): string => clientIp(req.headers, settingsOf(req.payload).clientIpHeader)

/**
 * Refuses a login, forgot-password or unlock request from an address that has failed too often (429, with
 * the wait in the message), and counts this one as failed until it succeeds (`forgiveSuccessfulLogin`), so
 * parallel guesses are counted too. Server code using the Local API is not throttled.
 */
export const throttleAuthRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const action = ACTIONS[operation]
  if (!action || req.payloadAPI === 'local') return args
  const account = accountOf((args as { data?: unknown }).data)
  const address = addressOf(req)
  const wait = authThrottle.retryAfterMs(action, address, account)
  if (wait > 0) throw new TooManyAttempts(req, wait / 1000)
  authThrottle.failed(action, address, account)
  return args
}
