import { open } from 'node:fs/promises'
import path from 'node:path'

import { MediaPipelineError } from './MediaPipelineError'

export type MediaKind = 'image' | 'audio' | 'video' | 'document'
export type Identified = { kind: MediaKind; mimeType: string; extension: string; label: string }

const HEAD_BYTES = 4100

type Signature = {
  label: string
  kind: MediaKind
  mimeType: string
  extension: string
  test: (head: Buffer) => boolean
}

const ascii = (head: Buffer, at: number, text: string) =>
  head.subarray(at, at + text.length).toString('latin1') === text
const bytes = (head: Buffer, at: number, values: number[]) => values.every((value, i) => head[at + i] === value)
/** ISO base media (MP4, MOV, M4A, AVIF, HEIC): "ftyp" at 4, then the major brand. */
const ftyp = (head: Buffer, brands: string[]) =>
  ascii(head, 4, 'ftyp') && brands.includes(head.subarray(8, 12).toString('latin1'))

/**
 * File signatures, most specific first. What a file is comes from its bytes, never from its name or the
 * MIME type a browser claimed.
 */
const SIGNATURES: Signature[] = [
  {
    label: 'JPEG image',
    kind: 'image',
    mimeType: 'image/jpeg',
    extension: 'jpg',
    test: (h) => bytes(h, 0, [0xff, 0xd8, 0xff]),
  },
  {
    label: 'PNG image',
    kind: 'image',
    mimeType: 'image/png',
    extension: 'png',
    test: (h) => bytes(h, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    label: 'GIF image',
    kind: 'image',
    mimeType: 'image/gif',
    extension: 'gif',
    test: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a'),
  },
  {
    label: 'WebP image',
    kind: 'image',
    mimeType: 'image/webp',
    extension: 'webp',
    test: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP'),
  },
  {
    label: 'TIFF image',
    kind: 'image',
    mimeType: 'image/tiff',
    extension: 'tif',
    test: (h) => bytes(h, 0, [0x49, 0x49, 0x2a, 0x00]) || bytes(h, 0, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  {
    label: 'AVIF image',
    kind: 'image',
    mimeType: 'image/avif',
    extension: 'avif',
    test: (h) => ftyp(h, ['avif', 'avis']),
  },
  {
    label: 'HEIC image',
    kind: 'image',
    mimeType: 'image/heic',
    extension: 'heic',
    test: (h) => ftyp(h, ['heic', 'heix', 'mif1']),
  },
  {
    label: 'M4A audio',
    kind: 'audio',
    mimeType: 'audio/mp4',
    extension: 'm4a',
    test: (h) => ftyp(h, ['M4A ', 'M4B ']),
  },
  {
    label: 'QuickTime video',
    kind: 'video',
    mimeType: 'video/quicktime',
    extension: 'mov',
    test: (h) => ftyp(h, ['qt  ']),
  },
  { label: 'MP4 video', kind: 'video', mimeType: 'video/mp4', extension: 'mp4', test: (h) => ascii(h, 4, 'ftyp') },
  {
    label: 'WebM/Matroska video',
    kind: 'video',
    mimeType: 'video/webm',
    extension: 'webm',
    test: (h) => bytes(h, 0, [0x1a, 0x45, 0xdf, 0xa3]),
  },
  {
    label: 'WAV audio',
    kind: 'audio',
    mimeType: 'audio/wav',
    extension: 'wav',
    test: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WAVE'),
  },
  { label: 'Ogg audio', kind: 'audio', mimeType: 'audio/ogg', extension: 'ogg', test: (h) => ascii(h, 0, 'OggS') },
  { label: 'FLAC audio', kind: 'audio', mimeType: 'audio/flac', extension: 'flac', test: (h) => ascii(h, 0, 'fLaC') },
  {
    label: 'MP3 audio',
    kind: 'audio',
    mimeType: 'audio/mpeg',
    extension: 'mp3',
    test: (h) => ascii(h, 0, 'ID3') || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0),
  },
  {
    label: 'PDF document',
    kind: 'document',
    mimeType: 'application/pdf',
    extension: 'pdf',
    test: (h) => ascii(h, 0, '%PDF-'),
  },
  {
    label: 'WebVTT captions',
    kind: 'document',
    mimeType: 'text/vtt',
    extension: 'vtt',
    test: (h) => /^(\uFEFF)?WEBVTT([ \t\r\n]|$)/.test(h.toString('utf8', 0, 16)),
  },
]

/**
 * The first markup element of a text file, past what may come before it: a byte-order mark, white space,
 * an XML declaration or processing instruction, comments ("Save page as" writes one first) and a DOCTYPE,
 * with or without an internal subset (`<!DOCTYPE svg [ <!ENTITY …> ]>`). Undefined if the file is not markup.
 */
const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?(?:-->|$)|<!doctype(?:[^>[]|\[[\s\S]*?(?:\]|$))*(?:>|$))*/
function firstElement(head: Buffer): { doctype: string; element: string } | undefined {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
  if (!text.trimStart().startsWith('<')) return undefined
  const prologue = PROLOGUE.exec(text)?.[0] ?? ''
  const doctype = /<!doctype\s+([a-z]+)/.exec(prologue)?.[1] ?? ''
  const element = /^<([a-z][a-z0-9:-]*)/.exec(text.slice(prologue.length))?.[1] ?? ''
  return { doctype, element }
}
/** Elements a browser would run as a page (HTML, SVG, XHTML); any other markup is simply not media. */
const PAGE_ELEMENTS = new Set(['html', 'head', 'body', 'script', 'iframe', 'svg', 'meta', 'title', 'div', 'img', 'a'])
const looksLikeSvg = (head: Buffer) => {
  const found = firstElement(head)
  return found !== undefined && (found.doctype === 'svg' || found.element === 'svg' || found.element.endsWith(':svg'))
}
const looksLikeHtml = (head: Buffer) => {
  const found = firstElement(head)
  if (!found) return false
  const local = found.element.split(':').pop() ?? ''
  return (
    found.doctype === 'html' ||
    PAGE_ELEMENTS.has(local) ||
    (found.element === '' && /<(script|html|body)[\s>]/.test(head.toString('utf8').toLowerCase()))
  )
}

/** The kind a file's name claims, from its extension, to catch a `.mp4` that is really something else. */
const CLAIMED_KIND: Record<string, MediaKind> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  tif: 'image',
  tiff: 'image',
  avif: 'image',
  heic: 'image',
  svg: 'image',
  mp4: 'video',
  mov: 'video',
  m4v: 'video',
  webm: 'video',
  mkv: 'video',
  avi: 'video',
  mp3: 'audio',
  m4a: 'audio',
  wav: 'audio',
  ogg: 'audio',
  opus: 'audio',
  flac: 'audio',
  pdf: 'document',
  vtt: 'document',
}

/** Recognised, but the pipeline cannot decode them (so nothing could be shown): refused with that reason. */
const UNDECODABLE = new Set(['heic'])

/** How many bytes from the start of a file `identifyBytes` needs. */
export const IDENTIFY_HEAD_BYTES = HEAD_BYTES

/**
 * Identifies a file by its first bytes. Refuses empty files, HTML, SVG (it may carry script; images are
 * uploaded as raster), anything unrecognised, and a file whose name claims another kind than its bytes.
 */
export async function identify(file: string, displayName: string = path.basename(file)): Promise<Identified> {
  const handle = await open(file, 'r').catch((cause: unknown) => {
    throw new MediaPipelineError('io', 'identify', displayName, 'the file cannot be read', { cause })
  })
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0)
    return identifyBytes(head.subarray(0, bytesRead), displayName)
  } finally {
    await handle.close()
  }
}

/** `identify` on the first bytes of a file already in memory (an upload being received). */
export function identifyBytes(sample: Buffer, displayName: string): Identified {
  if (sample.length === 0)
    throw new MediaPipelineError('empty-file', 'identify', displayName, 'the file is empty (0 bytes)')
  if (looksLikeSvg(sample))
    throw new MediaPipelineError(
      'unsafe-content',
      'identify',
      displayName,
      'SVG files are not accepted (they can carry script); upload a PNG or JPEG',
    )
  if (looksLikeHtml(sample))
    throw new MediaPipelineError(
      'unsafe-content',
      'identify',
      displayName,
      'the bytes are an HTML page, not a media file',
    )
  const match = SIGNATURES.find((signature) => signature.test(sample))
  if (!match) throw new MediaPipelineError('unknown-type', 'identify', displayName, 'the file type is not recognised')
  if (UNDECODABLE.has(match.extension))
    throw new MediaPipelineError(
      'unsupported-format',
      'identify',
      displayName,
      `the bytes are a ${match.label}, which the pipeline cannot decode (sharp has no HEVC decoder)`,
    )
  const claimed = CLAIMED_KIND[path.extname(displayName).slice(1).toLowerCase()]
  if (claimed && claimed !== match.kind) {
    throw new MediaPipelineError(
      'type-mismatch',
      'identify',
      displayName,
      `the bytes are a ${match.label}, not ${article(claimed)} ${claimed}`,
    )
  }
  return { kind: match.kind, mimeType: match.mimeType, extension: match.extension, label: match.label }
}

const article = (kind: MediaKind) => (kind === 'image' || kind === 'audio' ? 'an' : 'a')
