import { errorMessageOf } from './errorMessageOf'

/** Refusals that stay refusals however often the request is sent again (the contract's codes). */
const FINAL = new Set(['too-big', 'quota', 'disk-full', 'type-refused', 'forbidden', 'signed-out'])

/**
 * Whether a failed tus request carries one of the server's final refusals. tus-js-client retries every 5xx
 * for minutes (our backoff), so "disk full" (507) would show as an endless retry instead of its message.
 */
export function refusedForGood(responseText: string | undefined): boolean {
  const { code } = errorMessageOf(responseText, '')
  return code !== undefined && FINAL.has(code)
}
