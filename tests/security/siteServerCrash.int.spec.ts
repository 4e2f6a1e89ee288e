import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForHttp } from '../../scripts/lib/waitForHttp'
import { fuzzRequests, sendRaw } from '../helpers/fuzz'

const ROOT = path.resolve(import.meta.dirname, '../..')
const VIDEO = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/**
 * An anonymous visitor against the public site's own server (`npm run site:serve`, as `npm start` runs it):
 * one crafted request used to throw inside the handler and end the process, taking the site down.
 */
describe('the public site server survives hostile requests', () => {
  let dir: string
  let server: ChildProcess
  let base: string
  let output = ''
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'disanso-site-'))
    mkdirSync(path.join(dir, 'media', '7'), { recursive: true })
    mkdirSync(path.join(dir, 'di-san', 'le-hoi-kate'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Di sản số</title><p>trang chủ</p>')
    writeFileSync(path.join(dir, 'di-san', 'le-hoi-kate', 'index.html'), '<!doctype html><title>Katê</title>')
    writeFileSync(path.join(dir, 'media', '7', 'web.mp4'), VIDEO)
    writeFileSync(path.join(dir, 'media', '7', 'empty.vtt'), '')
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/site/serve.ts'], {
      cwd: ROOT,
      env: { ...process.env, SITE_DIR: dir, SITE_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // Up and serving, or the reason it is not (a silent 10 s wait used to let every test fail with ECONNREFUSED).
    const started = await waitForHttp(`${base}/`, {
      seconds: 50, // within the hook's 60 s
      ready: (status) => status === 200,
      alive: () => server.exitCode === null,
      intervalMs: 100,
    })
    expect(started, `the site server did not start:\n${output}`).toBe('ready')
  })
  afterAll(() => {
    server?.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  })

  /** The server is still running and still serves the home page. */
  async function expectStillServing(after: string) {
    expect(server.exitCode, `the site server died after ${after}:\n${output}`).toBeNull()
    const home = await sendRaw(base, { method: 'GET', path: '/', headers: {} })
    expect(home.status, `after ${after}`).toBe(200)
    expect(home.body.toString()).toContain('trang chủ')
  }

  it('answers a backwards range (bytes=500-100) with the whole file, and keeps serving', async () => {
    const reply = await sendRaw(base, { method: 'GET', path: '/media/7/web.mp4', headers: { range: 'bytes=500-100' } })
    expect(reply.status).toBe(200)
    expect(reply.body.equals(VIDEO)).toBe(true)
    await expectStillServing('bytes=500-100')
  })

  it('answers a range past the end with 416 and Content-Range bytes */size, and keeps serving', async () => {
    for (const range of ['bytes=5000-', 'bytes=1000-1200', 'bytes=-0']) {
      const reply = await sendRaw(base, { method: 'GET', path: '/media/7/web.mp4', headers: { range } })
      expect(reply.status, range).toBe(416)
      expect(reply.headers['content-range'], range).toBe('bytes */1000')
    }
    await expectStillServing('a range past the end')
  })

  it('serves a satisfiable range exactly', async () => {
    const reply = await sendRaw(base, { method: 'GET', path: '/media/7/web.mp4', headers: { range: 'bytes=990-' } })
    expect(reply.status).toBe(206)
    expect(reply.headers['content-range']).toBe('bytes 990-999/1000')
    expect([...reply.body]).toEqual([...VIDEO.subarray(990)])
  })

  it('answers the path /% (not valid percent-encoding) with 400, and keeps serving', async () => {
    for (const bad of ['/%', '/%zz/', '/media/%E0%A4%A']) {
      const reply = await sendRaw(base, { method: 'GET', path: bad, headers: {} })
      expect(reply.status, bad).toBe(400)
    }
    await expectStillServing('/%')
  })

  it('serves an empty file (a caption track with no cues) and ranges of it', async () => {
    const reply = await sendRaw(base, { method: 'GET', path: '/media/7/empty.vtt', headers: {} })
    expect(reply.status).toBe(200)
    expect(reply.body.length).toBe(0)
    const ranged = await sendRaw(base, { method: 'GET', path: '/media/7/empty.vtt', headers: { range: 'bytes=0-' } })
    expect(ranged.status).toBe(416)
    await expectStillServing('an empty file')
  })

  it('never redirects to another host (/.//di-san → //di-san/ would be a protocol-relative address)', async () => {
    const reply = await sendRaw(base, { method: 'GET', path: '/.//di-san', headers: {} })
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe('/di-san/')
  })

  it('never reads outside the site folder', async () => {
    for (const outside of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc/passwd',
    ]) {
      const reply = await sendRaw(base, { method: 'GET', path: outside, headers: {} })
      expect(reply.status, outside).toBe(404)
      expect(reply.body.toString(), outside).not.toContain('root:')
    }
  })

  it('answers 400 seeded random hostile requests without a 5xx and is still serving afterwards', async () => {
    const requests = fuzzRequests(12, 400, ['/', '/media/7/', '/media/7/web.mp4', '/di-san/', '/di-san/le-hoi-kate/'])
    const failures: string[] = []
    for (const request of requests) {
      const reply = await sendRaw(base, request)
      if (reply.status < 200 || reply.status >= 500)
        failures.push(
          `${request.method} ${request.path.slice(0, 80)} ${JSON.stringify(request.headers)} → ${reply.status}`,
        )
      if (server.exitCode !== null) break
    }
    expect(failures).toEqual([])
    await expectStillServing('the fuzz run')
  })
})
