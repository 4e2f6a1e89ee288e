import type { CollectionAfterOperationHook } from 'payload'

import { authThrottle } from './authThrottle'
import { accountOf } from './throttleAuthRequests'

/** An admin unlocked an account: every address may try it again at once. */
export const forgetThrottleOnUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if ((operation as string) === 'unlock' && result)
    authThrottle.forgetAccount(accountOf((args as { data?: unknown }).data))
  return result
}
