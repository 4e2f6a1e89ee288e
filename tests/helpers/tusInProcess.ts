import { randomBytes } from 'node:crypto'

import sharp from 'sharp'

import { handleUpload } from '../../cms/src/media/tus/handleUpload'
import type { TusServer } from '../../cms/src/media/tus/tusServer'
import type { ApiClient } from './apiInProcess'
import type { TestArchive } from './testArchive'

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

/**
 * A contributor of no province (`<name>@vi-du.vn`), made through the Local API and signed in through the
 * API: their id, and the session cookie the tus tests send.
 */
export async function signedInContributor(
  archive: TestArchive,
  api: ApiClient,
  name: string,
  password: string,
): Promise<{ id: number; cookie: string }> {
  const email = `${name}@vi-du.vn`
  const user = await archive.payload.create({
    collection: 'users',
    data: { email, password, roles: ['contributor'], provinces: [] } as never,
  })
  return { id: user.id as number, cookie: await api.login(email, password) }
}

/** A real JPEG of random noise, `width`×`height`: large for its size, so it goes in several parts. */
export const noiseJpeg = (width: number, height: number): Promise<Buffer> =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer()

/**
 * A body that sends its first half, then waits for `go()` before the rest. `taken` resolves once the server has
 * read the first half: it is past its checks at the start of the request and is writing.
 */
export const heldBody = (bytes: Buffer): { body: ReadableStream<Uint8Array>; go: () => void; taken: Promise<void> } => {
  let go: () => void = () => {}
  const gate = new Promise<void>((resolve) => (go = resolve))
  let took: () => void = () => {}
  const taken = new Promise<void>((resolve) => (took = resolve))
  const half = Math.floor(bytes.length / 2)
  let pulls = 0
  // No read-ahead (high-water mark 0): each pull is the reader asking for the next part.
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        pulls += 1
        if (pulls === 1) return controller.enqueue(new Uint8Array(bytes.subarray(0, half)))
        took()
        await gate
        controller.enqueue(new Uint8Array(bytes.subarray(half)))
        controller.close()
      },
    },
    { highWaterMark: 0 },
  )
  return { body, go, taken }
}

/** A sender's creation of an upload of a public photo (`anh.jpg`, `size` bytes), with any other headers. */
export const createPublicPhoto = (
  send: (pathname: string, init: TusRequest) => Promise<Response>,
  cookie: string,
  size: number,
  extra: Record<string, string> = {},
): Promise<Response> =>
  send('/api/uploads', {
    method: 'POST',
    cookie,
    headers: {
      'upload-length': String(size),
      'upload-metadata': `filename ${b64('anh.jpg')},filetype ${b64('image/jpeg')},accessLevel ${b64('public')}`,
      ...extra,
    },
  })
