/**
 * What a `Range` request header asks of a file of `size` bytes (RFC 9110 §14): the whole file, one part of it
 * (`start`..`end` inclusive, always inside the file), or nothing it has (answer 416 with `Content-Range:
 * bytes *\/size`).
 */
export type ByteRange = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' }

const WHOLE: ByteRange = { kind: 'whole' }
const UNSATISFIABLE: ByteRange = { kind: 'unsatisfiable' }

/** One range-spec: `a-b`, `a-` or `-n` (digits only; whitespace around it is allowed by the list syntax). */
const SPEC = /^\s*(\d*)-(\d*)\s*$/

/**
 * Parses a `Range` header against a file size. Only the `bytes` unit is understood; anything malformed
 * (`bytes=500-100`, `bytes=x`, another unit) is ignored, as RFC 9110 allows, and the whole file is served;
 * several ranges are answered with the whole file too (no multipart). A range starting at or past the end,
 * `-0`, or any range of an empty file is unsatisfiable. Never returns NaN, a negative or a past-end byte.
 */
export function parseByteRange(header: string | null | undefined, size: number): ByteRange {
  if (!header || !Number.isSafeInteger(size) || size < 0) return WHOLE
  const equals = header.indexOf('=')
  if (equals < 0 || header.slice(0, equals).trim().toLowerCase() !== 'bytes') return WHOLE
  const specs = header.slice(equals + 1).split(',')
  if (specs.length !== 1) return WHOLE
  const match = SPEC.exec(specs[0] ?? '')
  if (!match) return WHOLE
  const [, first = '', last = ''] = match
  if (!first && !last) return WHOLE
  if (!first) {
    // `-n`: the last n bytes.
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return UNSATISFIABLE
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last ? Number(last) : Number.POSITIVE_INFINITY
  if (end < start) return WHOLE
  if (start >= size) return UNSATISFIABLE
  return { kind: 'part', start, end: Math.min(end, size - 1) }
}

/** The `Content-Range` value of a partial answer, or of a 416 (`bytes *\/size`). */
export function contentRange(range: ByteRange, size: number): string | undefined {
  if (range.kind === 'part') return `bytes ${range.start}-${range.end}/${size}`
  if (range.kind === 'unsatisfiable') return `bytes */${size}`
  return undefined
}

/** How to answer a request for a file of `size` bytes: status, the inclusive bytes to send, range headers. */
export type RangeAnswer = { status: 200 | 206 | 416; start: number; end: number; headers: Record<string, string> }

/**
 * The answer to a `Range` header (see `parseByteRange`), the same for the cms's derivatives and the site
 * server: 416 with `Content-Range: bytes *\/size`; 206 with the part's `Content-Range`; else 200 and the
 * whole file. `Content-Length` is the bytes sent; `Accept-Ranges` tells players they may seek.
 */
export function answerRange(header: string | null | undefined, size: number): RangeAnswer {
  const range = parseByteRange(header, size)
  if (range.kind === 'unsatisfiable')
    return { status: 416, start: 0, end: -1, headers: { 'Content-Range': `bytes */${size}` } }
  const { start, end } = range.kind === 'part' ? range : { start: 0, end: size - 1 }
  const headers: Record<string, string> = { 'Content-Length': String(end - start + 1), 'Accept-Ranges': 'bytes' }
  if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${size}`
  return { status: range.kind === 'part' ? 206 : 200, start, end, headers }
}
