import { request } from 'node:http'

/** A small seeded random generator (mulberry32): the same seed makes the same requests on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type RawRequest = { method: string; path: string; headers: Record<string, string> }
export type RawReply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/**
 * Sends a request exactly as written, as an attacker's tool would: the path is not normalised (`..`, `%`,
 * `//` reach the server as typed). Resolves with status 0 when the connection breaks without an answer.
 */
export function sendRaw(base: string, { method, path, headers }: RawRequest): Promise<RawReply> {
  const url = new URL(base)
  return new Promise((resolve) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method, path, headers: { connection: 'close', ...headers } },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
        )
        incoming.on('error', () => resolve({ status: 0, headers: incoming.headers, body: Buffer.concat(chunks) }))
      },
    )
    outgoing.on('error', () => resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }))
    outgoing.end()
  })
}

const PATH_PARTS = [
  '',
  '%',
  '%%',
  '%zz',
  '%2',
  '%2e%2e',
  '%2e%2e%2f',
  '..',
  '..%2f..%2f',
  '%2f',
  '%5c',
  '%00',
  '%c0%ae',
  '%ff%fe',
  '%e2%80%ae',
  '.',
  '//',
  '\\',
  'index.html',
  'a'.repeat(300),
  '~',
  ';',
  '?',
  '#',
  '%3f',
]

const RANGES = [
  'bytes=500-100',
  'bytes=999999999-',
  `bytes=0-${'9'.repeat(60)}`,
  `bytes=${'9'.repeat(60)}-`,
  'bytes=-0',
  'bytes=-',
  'bytes=-1',
  'bytes=0-0',
  'bytes=1-2,3-4',
  'bytes=x-y',
  'bytes=-5-3',
  'bytes=1e9-',
  'items=0-5',
  'bytes=',
  'bytes=0-1,',
  'bytes=1.5-3',
]

/**
 * `count` hostile requests under `prefixes` (real paths of the server under test, so many reach a file):
 * malformed and `%`-encoded paths, `..`, NUL, overlong names, bad and unsatisfiable ranges, odd methods.
 */
export function fuzzRequests(seed: number, count: number, prefixes: string[]): RawRequest[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const requests: RawRequest[] = []
  for (let i = 0; i < count; i += 1) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PATH_PARTS))
    const prefix = pick(prefixes)
    const path = random() < 0.15 ? `/${'x/'.repeat(2000)}` : `${prefix}${parts.join(random() < 0.5 ? '/' : '')}`
    const headers: Record<string, string> = {}
    if (random() < 0.7) headers.range = pick(RANGES)
    if (random() < 0.3) headers['accept-encoding'] = 'gzip'
    requests.push({ method: pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS']), path, headers })
  }
  return requests
}
