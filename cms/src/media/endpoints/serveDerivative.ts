import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { answerRange, contentTypeOf } from '@di-san-so/media-pipeline'
import type { Endpoint } from 'payload'

import { mediaDirs } from '../workflow'
import { ENDPOINT_TEXT, jsonMessage, readableMedia } from './readableMedia'

/**
 * `GET /api/media/:id/derivatives/<path>`: a derivative file, to whoever may read the media record —
 * public files to anyone, community and restricted ones to staff — with byte ranges for video seeking.
 * Half-written outputs (`.partial-`) are never served.
 */
export const serveDerivative: Endpoint = {
  path: '/:id/derivatives/:file+',
  method: 'get',
  handler: async (req) => {
    const media = await readableMedia(req)
    const param = req.routeParams?.file
    const relative = Array.isArray(param) ? param.join('/') : String(param ?? '')
    const base = path.join(mediaDirs(req.payload).derivatives, String(media?.id))
    const file = path.resolve(base, relative)
    if (!media || !file.startsWith(base + path.sep) || file.includes('.partial-'))
      return jsonMessage(req, 404, ENDPOINT_TEXT.notFound)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return jsonMessage(req, 404, ENDPOINT_TEXT.notFound)

    const answer = answerRange(req.headers.get('range'), info.size)
    if (answer.status === 416) return new Response(null, { status: 416, headers: answer.headers })
    const headers = new Headers({
      ...answer.headers,
      'Content-Type': contentTypeOf(file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': media.effectiveAccess === 'public' ? 'public, max-age=3600' : 'private, no-store',
    })
    const { start, end } = answer
    const body = info.size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream)
    return new Response(body, { status: answer.status, headers })
  },
}
