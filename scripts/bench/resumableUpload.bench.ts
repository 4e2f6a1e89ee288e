import { openAsBlob, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BadLink, startBadLink } from '../../tests/helpers/badLink'
import { type CmsServer, startCmsServer } from '../../tests/helpers/cmsServer'
import { firstAdmin } from '../../tests/helpers/seats'
import { tusUpload } from '../../tests/helpers/tusUpload'
import { writeWav } from '../../tests/helpers/wavFile'

// Issue 15: uploads over a weak rural link. `npm run bench -- scripts/bench/resumableUpload.bench.ts`.
// Sizes: BENCH_UPLOAD_MB (1024) over the bad link, BENCH_CUT_MB (50) between cuts, BENCH_BIG_MB (4096) for the
// memory run, BENCH_LINK_MBIT (20) and BENCH_RTT_MS (200) for the link. Prints ratios; asserts only that each
// upload completed.
const MB = 1024 * 1024
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 1024) * MB
const CUT = Number(process.env.BENCH_CUT_MB ?? 50) * MB
const BIG = Number(process.env.BENCH_BIG_MB ?? 4096) * MB
const LINK = {
  bitsPerSecond: Number(process.env.BENCH_LINK_MBIT ?? 20) * 1e6,
  rttMs: Number(process.env.BENCH_RTT_MS ?? 200),
}
const CHUNK = 50 * MB

const seconds = (start: number) => (performance.now() - start) / 1000

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(pid: number): number {
  const status = (id: number) => {
    try {
      return readFileSync(`/proc/${id}/status`, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '' // ended meanwhile
      throw error
    }
  }
  const children = (id: number): number[] =>
    readdirSync(`/proc/${id}/task`).flatMap((task) => {
      try {
        return readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw error
      }
    })
  let total = 0
  const seen = new Set<number>()
  const walk = (id: number) => {
    if (seen.has(id)) return
    seen.add(id)
    const kb = /VmRSS:\s+(\d+) kB/.exec(status(id))?.[1]
    total += Number(kb ?? 0) * 1024
    for (const child of children(id)) walk(child)
  }
  walk(pid)
  return total
}

/** The pid of the process listening on `port` (the `next start` server), found through /proc/net/tcp and fds. */
function listenerPid(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set(
    ['/proc/net/tcp', '/proc/net/tcp6']
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A')
      .map((cols) => cols[9]),
  )
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name)))
    try {
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const inode = /socket:\[(\d+)\]/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`))
        if (inode && inodes.has(inode[1])) return Number(entry)
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EACCES' && code !== 'ENOENT' && code !== 'EINVAL') throw error
    }
  throw new Error(`no process listens on ${port}`)
}

describe('resumable uploads (tus) on a bad link', () => {
  let server: CmsServer
  let cookie = ''
  let dir = ''
  let file = ''
  const lines: string[] = []
  const report = (line: string) => {
    console.log(line)
    lines.push(line)
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'disanso-tus-bench-'))
    file = path.join(dir, 'ghi-am.wav')
    ;[server] = await Promise.all([startCmsServer({ MEDIA_MAX_UPLOAD_GB: '8' }), writeWav(file, SIZE)])
    cookie = await firstAdmin(server.url)
  })
  afterAll(async () => {
    await server?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
    if (lines.length) console.log(`\n--- resumableUpload summary ---\n${lines.join('\n')}`)
  })

  const port = () => Number(new URL(server.url).port)
  const upload = (endpoint: string, source = file) =>
    tusUpload({
      endpoint,
      file: source,
      cookie,
      origin: server.url,
      metadata: { filename: path.basename(source), filetype: 'audio/wav', accessLevel: 'public' },
      chunkSize: CHUNK,
    })

  it(`${SIZE / MB} MB over ${LINK.bitsPerSecond / 1e6} Mbit/s, ${LINK.rttMs} ms RTT: cut every ${CUT / MB} MB vs not cut`, async () => {
    const runs: Record<string, { time: number; link: BadLink; retries: number }> = {}
    for (const [name, cutEveryBytes] of [
      ['not cut', undefined],
      ['cut', CUT],
    ] as const) {
      const link = await startBadLink({ target: { host: '127.0.0.1', port: port() }, ...LINK, cutEveryBytes })
      const start = performance.now()
      const result = await upload(`${link.url}/api/uploads`)
      runs[name] = { time: seconds(start), link, retries: result.retries }
      await link.close()
      report(
        `bad link, ${name}: ${runs[name].time.toFixed(1)} s, ${link.cuts()} cuts, ${result.retries} retries, ` +
          `sent ${(link.bytesOffered() / SIZE).toFixed(4)}× size (${(link.bytesUp() / SIZE).toFixed(4)}× crossed), media ${result.mediaId ?? 'none'}`,
      )
    }
    const { cut, 'not cut': clean } = runs as Record<'cut' | 'not cut', (typeof runs)[string]>
    report(`→ wall time cut / not cut: ${(cut.time / clean.time).toFixed(3)} (asked ≤ 1.15)`)
    report(`→ bytes sent with cuts / size: ${(cut.link.bytesOffered() / SIZE).toFixed(4)} (asked ≤ 1.05)`)
    expect(cut.link.cuts()).toBeGreaterThan(0)
  })

  it(`${SIZE / MB} MB on loopback: tus vs a plain POST /api/media`, async () => {
    const times = { tus: 0, post: 0 }
    const start = performance.now()
    await upload(`${server.url}/api/uploads`)
    times.tus = seconds(start)
    const form = new FormData()
    form.append('file', await openAsBlob(file, { type: 'audio/wav' }), 'ghi-am-post.wav')
    form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
    const postStart = performance.now()
    const reply = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      body: form,
      headers: { cookie, origin: server.url },
    })
    const text = await reply.text()
    times.post = seconds(postStart)
    report(`loopback: tus ${times.tus.toFixed(1)} s, POST /api/media ${times.post.toFixed(1)} s (HTTP ${reply.status})`)
    report(`→ tus throughput / POST throughput: ${(times.post / times.tus).toFixed(3)} (asked ≥ 0.9)`)
    expect(reply.status, text.slice(0, 500)).toBe(201)
  })

  it(`peak RSS of the cms during a ${BIG / MB} MB tus upload`, async () => {
    const big = path.join(dir, 'ghi-am-lon.wav')
    await writeWav(big, BIG)
    const pid = listenerPid(port())
    const before = treeRss(pid)
    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRss(pid))
    }, 200)
    const start = performance.now()
    const result = await upload(`${server.url}/api/uploads`, big)
    clearInterval(sampler)
    report(
      `${BIG / MB} MB tus upload on loopback: ${seconds(start).toFixed(1)} s; cms RSS before ${(before / MB).toFixed(0)} MB, ` +
        `peak ${(peak / MB).toFixed(0)} MB (+${((peak - before) / MB).toFixed(0)} MB); media ${result.mediaId ?? 'none'}`,
    )
    rmSync(big)
  })
})
