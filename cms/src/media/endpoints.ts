import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { contentRange, parseByteRange } from '@di-san-so/media-pipeline'
import type { Endpoint, PayloadRequest } from 'payload'

import { changeMedia } from '../access/mediaScope'
import { hasRole } from '../access/roles'
import { localMessage } from '../i18n/localMessage'
import { isIdShaped } from '../lib/idShape'
import type { Media } from '../payload-types'
import { emptyOutputFolder } from './emptyOutputFolder'
import { writeProcessing } from './state'
import { MEDIA_QUEUE, mediaDirs } from './workflow'

const CONTENT_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.vtt': 'text/vtt; charset=utf-8',
  '.json': 'application/json',
  '.mp3': 'audio/mpeg',
  '.opus': 'audio/ogg; codecs=opus',
}

const TEXT = {
  notFound: { vi: 'Không tìm thấy tệp', en: 'File not found' },
  busy: { vi: 'Tệp này đang được xử lý', en: 'This file is already being processed' },
  forbidden: { vi: 'Bạn không có quyền xử lý lại tệp này', en: 'You are not allowed to reprocess this file' },
  queued: { vi: 'Đã xếp hàng xử lý lại', en: 'Queued for processing again' },
}

const json = (req: PayloadRequest, status: number, text: { vi: string; en: string }) =>
  Response.json({ message: localMessage(req, text) }, { status })

/** The media record if the requester may read it (same rules as the original file), else null. */
async function readable(req: PayloadRequest): Promise<Media | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!isIdShaped(req.payload, id)) return null
  const found = await req.payload.find({
    collection: 'media',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs[0] ?? null
}

/**
 * `GET /api/media/:id/derivatives/<path>`: a derivative file, to whoever may read the media record —
 * public files to anyone, community and restricted ones to staff — with byte ranges for video seeking.
 * Half-written outputs (`.partial-`) are never served.
 */
export const serveDerivative: Endpoint = {
  path: '/:id/derivatives/:file+',
  method: 'get',
  handler: async (req) => {
    const media = await readable(req)
    const param = req.routeParams?.file as string | string[] | undefined
    const relative = Array.isArray(param) ? param.join('/') : String(param ?? '')
    const base = path.join(mediaDirs(req.payload).derivatives, String(media?.id))
    const file = path.resolve(base, relative)
    if (!media || !file.startsWith(base + path.sep) || file.includes('.partial-')) return json(req, 404, TEXT.notFound)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return json(req, 404, TEXT.notFound)

    const range = parseByteRange(req.headers.get('range'), info.size)
    if (range.kind === 'unsatisfiable')
      return new Response(null, { status: 416, headers: { 'Content-Range': contentRange(range, info.size) ?? '' } })
    const { start, end } = range.kind === 'part' ? range : { start: 0, end: info.size - 1 }
    const headers = new Headers({
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': media.effectiveAccess === 'public' ? 'public, max-age=3600' : 'private, no-store',
    })
    const partial = contentRange(range, info.size)
    if (partial) headers.set('Content-Range', partial)
    const body = info.size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream)
    return new Response(body, { status: partial ? 206 : 200, headers })
  },
}

/** `POST /api/media/:id/process`: editors start the workflow again (the original is read, never changed). */
export const processAgain: Endpoint = {
  path: '/:id/process',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user as { roles?: string[] } | null, 'admin', 'editor')) return json(req, 403, TEXT.forbidden)
    const media = await readable(req)
    if (!media) return json(req, 404, TEXT.notFound)
    // Processing again changes the file's derivatives: the same rule as changing the record.
    const change = await changeMedia({ req })
    const mayChange =
      change === true ||
      (change !== false &&
        (await req.payload.count({ collection: 'media', where: { and: [{ id: { equals: media.id } }, change] }, req }))
          .totalDocs > 0)
    if (!mayChange) return json(req, 403, TEXT.forbidden)
    if (['queued', 'processing', 'retrying'].includes(media.processing?.status ?? '')) return json(req, 409, TEXT.busy)
    // From nothing: the old derivatives go, and the record lists none until the workflow makes them again.
    await emptyOutputFolder(req.payload, media.id)
    await req.payload.update({
      collection: 'media',
      id: media.id,
      data: { derivatives: null },
      depth: 0,
      overrideAccess: true,
      context: { skipAudit: true, mediaWorkflow: true },
    })
    await writeProcessing(req.payload, media.id, {
      status: 'queued',
      step: null,
      percent: 0,
      errorCode: null,
      errorDetail: null,
      finishedAt: null,
    })
    await req.payload.jobs.queue({ workflow: 'processMedia', input: { media: String(media.id) }, queue: MEDIA_QUEUE })
    return Response.json({ message: localMessage(req, TEXT.queued) }, { status: 202 })
  },
}
