import path from 'node:path'

const MAX_BASE = 120

/**
 * A file name safe to store and to show: no directories (`../`), no control characters (NUL), Unicode
 * composed (NFC — macOS uploads arrive decomposed), at most 120 characters before the extension, never
 * empty. Vietnamese letters are kept.
 */
export function safeFileName(name: string, fallback = 'tep'): string {
  const last = name.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const clean = last
    .replace(/\p{Cc}/gu, '')
    .replace(/^\.+/, '')
    .trim()
  const extension = path.extname(clean).slice(0, 10).toLowerCase()
  const base = clean
    .slice(0, clean.length - path.extname(clean).length)
    .slice(0, MAX_BASE)
    .trim()
  return `${base || fallback}${extension}`
}
