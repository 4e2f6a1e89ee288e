import path from 'node:path'

const MAX_BASE = 120

/**
 * Characters that change how a name reads without being seen: controls (NUL, BEL…), format characters —
 * bidi overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C),
 * zero-width ones — and line/paragraph separators. "anh\u202Egpj.exe" would show as "anhexe.jpg".
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** A name as it may be shown: without the invisible characters that could make it read as another. */
export const displayFileName = (name: string): string => name.normalize('NFC').replace(INVISIBLE, '')

/**
 * A file name safe to store and to show: no directories (`../`), no control or bidi characters, Unicode
 * composed (NFC — macOS uploads arrive decomposed), at most 120 characters before the extension, never
 * empty. Vietnamese letters are kept.
 */
export function safeFileName(name: string, fallback = 'tep'): string {
  const last = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const clean = displayFileName(last).replace(/^\.+/, '').trim()
  const extension = path.extname(clean).slice(0, 10).toLowerCase()
  const base = clean
    .slice(0, clean.length - path.extname(clean).length)
    .slice(0, MAX_BASE)
    .trim()
  return `${base || fallback}${extension}`
}
