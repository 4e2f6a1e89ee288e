import { createReadStream, statSync } from 'node:fs'

import { type HttpRequest, type HttpResponse, Upload } from 'tus-js-client'

export type TusResult = {
  /** The media record the final PATCH named (`Media-Id`), if it did. */
  mediaId?: string
  /** The upload's URL (/api/uploads/<id>). */
  url: string
  /** Requests that failed and were retried (a cut link shows here). */
  retries: number
  /** Every status the server answered, in order (e.g. 201, 204, 409…). */
  statuses: number[]
}

/**
 * Uploads `file` to the tus endpoint with tus-js-client in Node, as a signed-in person (session cookie plus
 * the archive's own origin, as the browser sends them), retrying through cut connections as the upload screen
 * does. Rejects with tus-js-client's error (its message carries the server's body) when it gives up.
 */
export function tusUpload(options: {
  endpoint: string
  file: string
  cookie: string
  origin: string
  metadata: Record<string, string>
  /** Bytes per PATCH (the server's request timeout bounds how long one may take). */
  chunkSize?: number
  retries?: number
  /** Waits before each retry (default: 30, from 50 ms doubling to 2 s); the upload screen's are in tusClientSettings. */
  retryDelays?: number[]
  /** Called before each request is sent (a benchmark times the last PATCH). */
  onBeforeRequest?: (request: HttpRequest) => void
  /** Called with each response, after the helper recorded it. */
  onAfterResponse?: (request: HttpRequest, response: HttpResponse) => void
}): Promise<TusResult> {
  const { endpoint, file, cookie, origin, metadata, chunkSize = 50 * 1024 * 1024, retries = 30 } = options
  const retryDelays =
    options.retryDelays ?? Array.from({ length: retries }, (_, index) => Math.min(2000, 50 * 2 ** index))
  const statuses: number[] = []
  let mediaId: string | undefined
  let failures = 0
  return new Promise((resolve, reject) => {
    const upload = new Upload(createReadStream(file), {
      endpoint,
      uploadSize: statSync(file).size,
      chunkSize,
      metadata,
      headers: { cookie, origin },
      retryDelays,
      // Retry whatever a dropped link gives (no response, or a 409 offset mismatch that a HEAD fixes).
      onShouldRetry: (error) => {
        failures += 1
        const status = error.originalResponse?.getStatus() ?? 0
        return [0, 409, 423, 500, 502, 503, 504].includes(status)
      },
      onBeforeRequest: (request: HttpRequest) => options.onBeforeRequest?.(request),
      onAfterResponse: (request: HttpRequest, response: HttpResponse) => {
        statuses.push(response.getStatus())
        mediaId = response.getHeader('Media-Id') ?? mediaId
        options.onAfterResponse?.(request, response)
      },
      onError: reject,
      onSuccess: () => resolve({ mediaId, url: upload.url ?? '', retries: failures, statuses }),
    })
    upload.start()
  })
}
