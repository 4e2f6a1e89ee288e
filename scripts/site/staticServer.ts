import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import { contentRange, parseByteRange } from '@di-san-so/media-pipeline'

import { siteHeadersFor } from './siteHeaders'

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|vnd\.apple\.mpegurl)|image\/svg)/

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.mp4': 'video/mp4',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.opus': 'audio/ogg',
  '.wasm': 'application/wasm',
}

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8' }

/**
 * Serves a built static site from `root()` — asked on every request, so a rebuild swapped into place is
 * served at once. Folders answer with their index.html; byte ranges for audio and video (`parseByteRange`);
 * nothing outside the root; every answer carries the site's security headers (`_headers` of the build).
 * No request can end the process: a bad one gets a 4xx, an unexpected failure a 500 and a log line.
 * Any static host does the same in production; this one is for the embedded default.
 */
export function serveStatic(root: () => string): Server {
  return createServer((request, response) => {
    answer(root(), request, response).catch((error: unknown) => {
      console.error('[site] request failed', request.method, request.url, error)
      if (!response.headersSent) response.writeHead(500, PLAIN).end('500')
      else response.destroy()
    })
  })
}

async function answer(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const base = path.resolve(root)
  const pathname = decodedPath(request.url ?? '/')
  for (const [name, value] of Object.entries(await siteHeadersFor(base, pathname ?? '/')))
    response.setHeader(name, value)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...PLAIN, Allow: 'GET, HEAD' })
    return void response.end('405 Method Not Allowed')
  }
  if (pathname === undefined) return void response.writeHead(400, PLAIN).end('400 Bad Request')
  let file = path.resolve(base, `.${pathname}`)
  if (file !== base && !file.startsWith(base + path.sep)) return notFound(base, response)
  let info = await stat(file).catch(() => null)
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // One leading slash only: `//host/` would send the visitor to another site.
      const query = new URL(request.url ?? '/', 'http://localhost').search
      response.writeHead(301, { Location: `/${pathname.replace(/^\/+/, '')}/${query}` })
      return void response.end()
    }
    file = path.join(file, 'index.html')
    info = await stat(file).catch(() => null)
  }
  if (!info?.isFile()) return notFound(base, response)

  const range = parseByteRange(request.headers.range, info.size)
  if (range.kind === 'unsatisfiable') {
    response.writeHead(416, { ...PLAIN, 'Content-Range': contentRange(range, info.size) })
    return void response.end('416 Range Not Satisfiable')
  }
  const { start, end } = range.kind === 'part' ? range : { start: 0, end: info.size - 1 }
  const headers: Record<string, string> = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(end - start + 1),
    'Accept-Ranges': 'bytes',
    'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=60',
  }
  const partial = contentRange(range, info.size)
  if (partial) headers['Content-Range'] = partial
  // Text is sent gzipped, as any static host would (Pagefind's index files are compressed already).
  const compress =
    range.kind === 'whole' &&
    COMPRESSIBLE.test(headers['Content-Type'] ?? '') &&
    /\bgzip\b/.test(String(request.headers['accept-encoding']))
  if (compress) {
    delete headers['Content-Length']
    headers['Content-Encoding'] = 'gzip'
    headers.Vary = 'Accept-Encoding'
  }
  response.writeHead(partial ? 206 : 200, headers)
  if (request.method === 'HEAD' || info.size === 0) return void response.end()
  const body = createReadStream(file, { start, end })
  // A file swapped away by a rebuild mid-answer, or a visitor who hangs up, ends this answer only.
  await (compress ? pipeline(body, createGzip(), response) : pipeline(body, response)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
      console.error('[site] could not send', file, error)
    response.destroy()
  })
}

/** The request's path, percent-decoded; undefined when it is not valid percent-encoded UTF-8 or holds NUL. */
function decodedPath(url: string): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname)
    return pathname.includes('\0') ? undefined : pathname
  } catch (error) {
    if (error instanceof URIError || error instanceof TypeError) return undefined
    throw error
  }
}

async function notFound(base: string, response: ServerResponse): Promise<void> {
  const page = path.join(base, '404.html')
  const exists = await stat(page).catch(() => null)
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
  if (!exists?.isFile())
    return void response.end('<!doctype html><title>404</title><p>Không tìm thấy trang / Page not found</p>')
  await pipeline(createReadStream(page), response).catch((error: unknown) => {
    console.error('[site] could not send', page, error)
    response.destroy()
  })
}
