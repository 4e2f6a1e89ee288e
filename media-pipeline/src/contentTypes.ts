import path from 'node:path'

/**
 * Content types of the files the pipeline makes, by extension: what the cms sends with a derivative and the
 * site server with a copied one. Anything else is sent as `application/octet-stream` (never sniffed).
 */
export const MEDIA_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4', // the web MP4 (H.264/AAC)
  '.m3u8': 'application/vnd.apple.mpegurl', // HLS playlists (master and per rung)
  '.ts': 'video/mp2t', // HLS segments
  '.jpg': 'image/jpeg', // poster, sprite, JPEG fallback
  '.webp': 'image/webp', // responsive images
  '.avif': 'image/avif', // responsive images, smallest
  '.vtt': 'text/vtt; charset=utf-8', // sprite thumbnails track, caption tracks
  '.json': 'application/json; charset=utf-8', // waveform, manifest
  '.mp3': 'audio/mpeg', // listening copy for every browser
  '.opus': 'audio/ogg; codecs=opus', // smaller listening copy
}

/** The static site's files besides media: pages, styles, scripts, open data and Pagefind's index. */
export const WEB_CONTENT_TYPES: Readonly<Record<string, string>> = {
  ...MEDIA_CONTENT_TYPES,
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', // sitemap, feeds
  '.txt': 'text/plain; charset=utf-8', // robots.txt
  '.csv': 'text/csv; charset=utf-8', // open data
  '.svg': 'image/svg+xml', // the site's own icons (never an upload)
  '.wasm': 'application/wasm', // Pagefind
}

/** The content type of a file by its extension in `table`, else `application/octet-stream`. */
export const contentTypeOf = (file: string, table: Readonly<Record<string, string>> = MEDIA_CONTENT_TYPES): string =>
  table[path.extname(file)] ?? 'application/octet-stream'
