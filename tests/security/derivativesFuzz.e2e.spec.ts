import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fuzzRequests, sendRaw } from '../helpers/fuzz'
import { type SharedCmsServer, sharedCmsServer } from '../helpers/sharedCms'

const CLIP = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256))

/**
 * An anonymous visitor against the production CMS's derivatives endpoint (`/api/media/:id/derivatives/…`,
 * what the site's video player seeks in): bad ranges are answered 200/416, never a 5xx or a half answer,
 * and the server keeps serving. The derivative files are written where the media workflow writes them.
 */
describe('the CMS derivatives endpoint under hostile ranges and paths', () => {
  let server: SharedCmsServer
  let base: string
  beforeAll(async () => {
    server = await sharedCmsServer()
    const found = (await (
      await fetch(`${server.url}/api/media?limit=1&depth=0&where[accessLevel][equals]=public`)
    ).json()) as { docs: { id: number | string }[] }
    const id = found.docs[0]?.id
    if (id === undefined) throw new Error('[e2e] the demo has no public media')
    const dir = path.join(server.dir, 'derivatives', String(id))
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'web.mp4'), CLIP)
    writeFileSync(path.join(dir, 'captions.vtt'), '')
    base = `/api/media/${id}/derivatives`
  })
  afterAll(async () => {
    await server?.stop()
  })

  const get = (file: string, range?: string) =>
    sendRaw(server.url, { method: 'GET', path: `${base}/${file}`, headers: range ? { range } : {} })

  it('serves a satisfiable range exactly', async () => {
    const reply = await get('web.mp4', 'bytes=-10')
    expect(reply.status).toBe(206)
    expect(reply.headers['content-range']).toBe('bytes 990-999/1000')
    expect([...reply.body]).toEqual([...CLIP.subarray(990)])
  })

  it('answers a range past the end with 416 and Content-Range bytes */size', async () => {
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0']) {
      const reply = await get('web.mp4', range)
      expect(reply.status, range).toBe(416)
      expect(reply.headers['content-range'], range).toBe('bytes */1000')
    }
  })

  it('answers a backwards range (bytes=500-100) with the whole file', async () => {
    const reply = await get('web.mp4', 'bytes=500-100')
    expect(reply.status).toBe(200)
    expect(reply.body.equals(CLIP)).toBe(true)
  })

  it('serves an empty caption file whole, and answers a range of it with 416', async () => {
    const whole = await get('captions.vtt')
    expect(whole.status).toBe(200)
    expect(whole.body.length).toBe(0)
    expect((await get('captions.vtt', 'bytes=0-')).status).toBe(416)
  })

  /** Whether a path is valid percent-encoded UTF-8 (`/%`, `%zz`, `%c0%ae` are not). */
  const decodes = (path: string) => URL.canParse(`http://x${path}`) && !/%(?![0-9a-f]{2})/i.test(path) && utf8(path)
  const utf8 = (path: string) => {
    try {
      decodeURIComponent(path)
      return true
    } catch (error) {
      if (error instanceof URIError) return false
      throw error
    }
  }
  /** Built once the endpoint's base path is known (same seed, same requests every run). */
  const requests = () =>
    fuzzRequests(2026, 700, [`${base}/`, `${base}/web.mp4`, `${base}/captions.vtt`, `${base}/hls/`])

  it('answers 300 seeded random hostile requests without a 5xx and is still serving afterwards', async () => {
    const wellFormed = requests()
      .filter((request) => decodes(request.path))
      .slice(0, 300)
    expect(wellFormed.length).toBe(300)
    const failures: string[] = []
    for (const request of wellFormed) {
      const reply = await sendRaw(server.url, request)
      if (reply.status < 200 || reply.status >= 500)
        failures.push(
          `${request.method} ${request.path.slice(0, 90)} ${JSON.stringify(request.headers)} → ${reply.status}`,
        )
    }
    expect(failures, server.output().slice(-2000)).toEqual([])
    const after = await get('web.mp4', 'bytes=0-9')
    expect(after.status).toBe(206)
    expect([...after.body]).toEqual([...CLIP.subarray(0, 10)])
  })

  // Next's router answers a path that is not valid percent-encoding (`/%`, `%zz`, `%c0%ae`) with a 500 before any
  // code of ours runs; the proxy (cms/src/proxy.ts) refuses such paths with a 400 first.
  it('answers paths that are not valid percent-encoding with a 4xx', async () => {
    const malformed = requests().filter((request) => !decodes(request.path))
    expect(malformed.length).toBeGreaterThan(20)
    const statuses = new Set<number>()
    for (const request of malformed) statuses.add((await sendRaw(server.url, request)).status)
    expect([...statuses].filter((status) => status < 200 || status >= 500)).toEqual([])
    for (const path of ['/%', '/admin/%zz', '/api/ethnic-groups/%c0%ae', '/api/media/file/%00'])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(400)
    // Found by an attacker review: a path climbing out of the derivatives (the URL resolves `%2e%2e` to `..`,
    // so this asks for the record `package.json`) and other ids of the wrong shape name no record: 404, not 500.
    for (const path of [
      `${base}/%2e%2e/%2e%2e/package.json`,
      '/api/media/abc/derivatives/web.mp4',
      '/api/heritage-items/abc',
      '/api/people/1e3',
    ])
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404)
  })
})
