import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import { answerRange, contentTypeOf, WEB_CONTENT_TYPES } from '@di-san-so/media-pipeline'

import { siteHeadersFor } from './siteHeaders'

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|vnd\.apple\.mpegurl)|image\/svg)/

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8' }

/**
 * Serves a built static site from `root()` — asked on every request, so a rebuild swapped into place is
 * served at once. Folders answer with their index.html; byte ranges for audio and video (`answerRange`);
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

  const answer = answerRange(request.headers.range, info.size)
  if (answer.status === 416) {
    response.writeHead(416, { ...PLAIN, ...answer.headers })
    return void response.end('416 Range Not Satisfiable')
  }
  const { start, end } = answer
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(file, WEB_CONTENT_TYPES),
    ...answer.headers,
    'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=60',
  }
  // Text is sent gzipped, as any static host would (Pagefind's index files are compressed already).
  const compress =
    answer.status === 200 &&
    COMPRESSIBLE.test(headers['Content-Type'] ?? '') &&
    /\bgzip\b/.test(String(request.headers['accept-encoding']))
  if (compress) {
    delete headers['Content-Length']
    headers['Content-Encoding'] = 'gzip'
    headers.Vary = 'Accept-Encoding'
  }
  response.writeHead(answer.status, headers)
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
