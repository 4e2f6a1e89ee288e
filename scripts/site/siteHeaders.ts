import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { headersForPath, parseHeadersFile } from '../../site/src/lib/securityHeaders'

type Rules = ReturnType<typeof parseHeadersFile>

/** Without a `_headers` file (a site built before there was one): what holds for any page, scripts aside. */
const BASELINE: Rules = [
  {
    pattern: '/*',
    headers: {
      'Content-Security-Policy': "object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
]

const cache = new Map<string, { mtimeMs: number; rules: Rules }>()

/**
 * The headers the built site at `base` asks for on `pathname`: its `_headers` file (written by the build with
 * the pages' CSP), read again whenever a rebuild replaces it.
 */
export async function siteHeadersFor(base: string, pathname: string): Promise<Record<string, string>> {
  const file = path.join(base, '_headers')
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return headersForPath(BASELINE, pathname)
  let entry = cache.get(file)
  if (entry?.mtimeMs !== info.mtimeMs) {
    entry = { mtimeMs: info.mtimeMs, rules: parseHeadersFile(await readFile(file, 'utf8')) }
    cache.set(file, entry)
  }
  return headersForPath(entry.rules, pathname)
}
