import { handleUpload } from '../../cms/src/media/tus/handleUpload'
import type { TusServer } from '../../cms/src/media/tus/tusServer'

/** A request to /api/uploads as the tests send it: a browser's session cookie, or none, or other headers. */
export type TusRequest = {
  method: string
  cookie?: string
  headers?: Record<string, string>
  body?: Buffer | ReadableStream<Uint8Array>
  language?: string
}

/**
 * Sends requests to the tus server IN-PROCESS, through `handleUpload` (the function the Next route calls), as a
 * browser on the admin's own origin sends them (Payload checks origin and fetch site before it trusts a cookie).
 */
export function tusSender(tus: () => TusServer): (pathname: string, init: TusRequest) => Promise<Response> {
  return (pathname, init) => {
    const browser: Record<string, string> = init.cookie
      ? { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', cookie: init.cookie }
      : {}
    const headers = new Headers({ 'tus-resumable': '1.0.0', ...browser, ...init.headers })
    if (init.language) headers.set('accept-language', init.language)
    const body = init.body instanceof ReadableStream ? init.body : init.body ? new Uint8Array(init.body) : undefined
    return handleUpload(
      tus(),
      new Request(`http://localhost:3000${pathname}`, {
        method: init.method,
        headers,
        body,
        duplex: 'half',
      } as RequestInit),
    )
  }
}

export const b64 = (text: string): string => Buffer.from(text).toString('base64')

/** The upload id a creation answered (its `Location`). */
export const idOf = (response: Response): string => String(response.headers.get('location')).split('/').pop() ?? ''
