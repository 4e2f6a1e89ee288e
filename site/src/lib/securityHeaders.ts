import { MAP_TILES } from './mapTiles'
import { publicSearchConfig } from './publicSearchConfig'

type Env = Readonly<Record<string, string | undefined>>

/** What the site's pages may load, directive by directive (scripts and styles: `SCRIPT_SOURCES`, `STYLE_SOURCES`). */
export function cspDirectives(env: Env): string[] {
  const meili = publicSearchConfig(env)
  return [
    // Everything else comes from the site itself.
    "default-src 'self'",
    // Derivatives, map tiles, and Leaflet's small images inlined by the bundler.
    `img-src 'self' data: ${MAP_TILES}`,
    // hls.js plays video from a MediaSource (blob:) and runs its demuxer in a worker made from a blob.
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    // Pagefind and video segments from the site; the public Meilisearch only when the site is built for it.
    meili ? `connect-src 'self' ${new URL(meili.url).origin}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(isHttps(env) ? ['upgrade-insecure-requests'] : []),
  ]
}

/** Script sources besides the hashes Astro computes for its inline scripts: Pagefind compiles WebAssembly. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"]
/** Style sources besides the hashes Astro computes: no inline style attributes. */
export const STYLE_SOURCES = ["'self'"]

const isHttps = (env: Env) => (env.SITE_URL ?? '').trim().toLowerCase().startsWith('https:')

/**
 * The headers every answer of the site carries, given the page policy Astro wrote into the pages' `<meta>`
 * (with the hashes of its inline scripts): the same policy plus what only a header can say (`frame-ancestors`),
 * and HSTS when the site is served over https.
 */
export function securityHeaders(env: Env, pagePolicy: string): Record<string, string> {
  const policy = pagePolicy.trim().replace(/;\s*$/, '')
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(isHttps(env) ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

/** Extra headers by path: open-data tables are downloaded, never shown as a page. */
export const PATH_HEADERS: Record<string, Record<string, string>> = {
  '/du-lieu-mo/csv/*': { 'Content-Disposition': 'attachment' },
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others read it; `npm run site:serve` too): `/*` gets the
 * security headers, then the path rules.
 */
export function headersFile(headers: Record<string, string>): string {
  const block = (pattern: string, values: Record<string, string>) =>
    `${pattern}\n${Object.entries(values)
      .map(([name, value]) => `  ${name}: ${value}\n`)
      .join('')}`
  return [block('/*', headers), ...Object.entries(PATH_HEADERS).map(([p, v]) => block(p, v))].join('\n')
}

/** Reads a `_headers` file back: each path pattern (`/*`, `/a/*`, `/a/b.html`) with its headers, in order. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} })
    else {
      const colon = line.indexOf(':')
      const rule = rules.at(-1)
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
    }
  }
  return rules
}

/** The headers of one request path under `_headers` rules (later rules add to and override earlier ones). */
export function headersForPath(
  rules: { pattern: string; headers: Record<string, string> }[],
  pathname: string,
): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers))
}
