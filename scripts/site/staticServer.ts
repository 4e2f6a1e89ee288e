import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'

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

/**
 * Serves a built static site from `root()` — asked on every request, so a rebuild swapped into place is
 * served at once. Folders answer with their index.html; byte ranges for audio and video; nothing outside
 * the root. Any static host does the same in production; this one is for the embedded default.
 */
export function serveStatic(root: () => string): Server {
  return createServer(async (request, response) => {
    const base = path.resolve(root())
    const url = new URL(request.url ?? '/', 'http://localhost')
    let file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`)
    if (file !== base && !file.startsWith(base + path.sep)) return notFound()
    let info = await stat(file).catch(() => null)
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` })
        return response.end()
      }
      file = path.join(file, 'index.html')
      info = await stat(file).catch(() => null)
    }
    if (!info?.isFile()) return notFound()
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '')
    const start = range?.[1] ? Number(range[1]) : range?.[2] ? Math.max(0, info.size - Number(range[2])) : 0
    const end = range?.[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1
    const headers: Record<string, string> = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(end - start + 1),
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=60',
    }
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`
    // Text is sent gzipped, as any static host would (Pagefind's index files are compressed already).
    const compress =
      !range &&
      COMPRESSIBLE.test(headers['Content-Type'] ?? '') &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']))
    if (compress) {
      delete headers['Content-Length']
      headers['Content-Encoding'] = 'gzip'
      headers.Vary = 'Accept-Encoding'
    }
    response.writeHead(range ? 206 : 200, headers)
    if (request.method === 'HEAD') return response.end()
    const body = createReadStream(file, { start, end })
    if (compress) body.pipe(createGzip()).pipe(response)
    else body.pipe(response)

    async function notFound() {
      const page = path.join(base, '404.html')
      const exists = await stat(page).catch(() => null)
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      if (exists) createReadStream(page).pipe(response)
      else response.end('<!doctype html><title>404</title><p>Không tìm thấy trang / Page not found</p>')
    }
  })
}
