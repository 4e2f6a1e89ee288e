import path from 'node:path'

import { handleEndpoints } from 'payload'

import type { TestArchive } from './testArchive'

export type ApiReply = { status: number; headers: Headers; text: string; bytes: Buffer }
export type ApiClient = {
  /** A request to the archive's REST API (`/api/...`), as a browser would send it, answered in-process. */
  request: (
    pathname: string,
    init?: { method?: string; cookie?: string; language?: string; form?: FormData; body?: unknown },
  ) => Promise<ApiReply>
  /** Logs in and returns the session cookie. */
  login: (email: string, password: string) => Promise<string>
}

/** Payload's REST API over Fetch `Request`s, on a test archive's own Payload instance (no server, no build). */
export function apiInProcess(archive: TestArchive): ApiClient {
  const request: ApiClient['request'] = async (pathname, init = {}) => {
    const headers = new Headers()
    if (init.cookie) headers.set('cookie', init.cookie)
    if (init.language) headers.set('accept-language', init.language)
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    // A multipart body sent whole (as a browser's upload arrives), not as a stream the server may stop reading.
    const multipart = init.form ? new Response(init.form) : undefined
    if (multipart) headers.set('content-type', multipart.headers.get('content-type') ?? '')
    const response = await handleEndpoints({
      config: archive.payload.config,
      payloadInstanceCacheKey: `test-${path.basename(archive.dir)}`,
      request: new Request(`http://localhost${pathname}`, {
        method: init.method ?? 'GET',
        headers,
        body: multipart
          ? await multipart.arrayBuffer()
          : init.body === undefined
            ? undefined
            : JSON.stringify(init.body),
      }),
    })
    const bytes = Buffer.from(await response.arrayBuffer())
    return { status: response.status, headers: response.headers, text: bytes.toString('utf8'), bytes }
  }
  const login: ApiClient['login'] = async (email, password) => {
    const reply = await request('/api/users/login', { method: 'POST', body: { email, password } })
    const token = (JSON.parse(reply.text) as { token?: string }).token
    if (reply.status !== 200 || !token) throw new Error(`[test] login ${email} failed: ${reply.status} ${reply.text}`)
    return `payload-token=${token}`
  }
  return { request, login }
}
