import { openAsBlob, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { HttpRequest } from 'tus-js-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHUNK_BYTES, RETRY_DELAYS } from '../../cms/src/media/upload-screen/tusClientSettings'

import { type BadLink, startBadLink } from '../../tests/helpers/badLink'
import { type CmsServer, startCmsServer } from '../../tests/helpers/cmsServer'
import { firstAdmin } from '../../tests/helpers/seats'
import { tusUpload } from '../../tests/helpers/tusUpload'
import { writeWav } from '../../tests/helpers/wavFile'

// Issue 15: uploads over a weak rural link. `npm run bench -- scripts/bench/resumableUpload.bench.ts`.
// Sizes (env, in MB; defaults are the issue's): BENCH_UPLOAD_MB (1024) over the bad link and on clean loopback,
// BENCH_CUT_MB (50) between cuts, BENCH_MEMORY_MB (512,2048,4096: one tus upload each, server RSS sampled), and
// BENCH_LINK_MBIT (20), BENCH_RTT_MS (200) for the link; BENCH_PARTS (memory,link,loopback) picks the parts.
// The client is tus-js-client with the upload screen's own chunk size and retry delays (tusClientSettings).
// Prints ratios; asserts only that each upload completed.
// About 16 min for the bad link at 1 GB (two passes of ~7.5 min), 2–3 min for the rest; ~12 GB of free disk.
const MB = 1024 * 1024
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 1024) * MB
const CUT = Number(process.env.BENCH_CUT_MB ?? 50) * MB
const MEMORY_SIZES = (process.env.BENCH_MEMORY_MB ?? '512,2048,4096').split(',').map((mb) => Number(mb) * MB)
/** Which parts run (BENCH_PARTS, comma-separated): memory (first, on the fresh server), link, loopback. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'memory,link,loopback').split(','))
const LINK = {
  bitsPerSecond: Number(process.env.BENCH_LINK_MBIT ?? 20) * 1e6,
  rttMs: Number(process.env.BENCH_RTT_MS ?? 200),
}

const seconds = (start: number) => (performance.now() - start) / 1000

/** A /proc file's text, or '' if the process ended meanwhile. */
function procText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH')
      return ''
    throw error
  }
}

/** A process and all its descendants, from /proc. */
function processTree(pid: number): number[] {
  const children = (id: number): number[] => {
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${id}/task`)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return tasks.flatMap((task) => procText(`/proc/${id}/task/${task}/children`).split(' ').filter(Boolean).map(Number))
  }
  const seen = new Set<number>()
  const walk = (id: number) => {
    if (seen.has(id)) return
    seen.add(id)
    for (const child of children(id)) walk(child)
  }
  walk(pid)
  return [...seen]
}

/** Resident memory of one process, in bytes. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(procText(`/proc/${pid}/status`))?.[1] ?? 0) * 1024

/** The most memory a process ever held resident (VmHWM), in bytes. */
const peakRssOf = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(procText(`/proc/${pid}/status`))?.[1] ?? 0) * 1024

/**
 * Waits until a server just started has settled: V8 gives back its start-up garbage (the config, schema and
 * migrations, ~250 MB) only after some idle seconds (10–15 s here). Settled: at least 30 s idle, then no fall
 * of more than 2 MB over 5 s (at most 90 s). An archive's server runs for days; the first seconds after
 * `npm start` are not what an officer's upload meets, and the start-up peak is reported on its own.
 */
async function settle(pid: number): Promise<{ seconds: number; rss: number }> {
  const start = performance.now()
  const readings = [rssOf(pid)]
  while (performance.now() - start < 90_000) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    readings.push(rssOf(pid))
    const window = readings.slice(-6)
    const still = window.length === 6 && (window[0] as number) - Math.min(...window) <= 2 * MB
    if (still && performance.now() - start >= 30_000) break
  }
  return { seconds: seconds(start), rss: readings.at(-1) as number }
}

/** Resident memory of a process and all its descendants, in bytes. */
const treeRss = (pid: number) => processTree(pid).reduce((sum, id) => sum + rssOf(id), 0)

/** Bytes a process tree read and wrote through system calls (files and sockets alike), from /proc/<pid>/io. */
function treeIo(pid: number): { read: number; written: number } {
  return processTree(pid).reduce(
    (sum, id) => {
      const io = procText(`/proc/${id}/io`)
      return {
        read: sum.read + Number(/rchar:\s+(\d+)/.exec(io)?.[1] ?? 0),
        written: sum.written + Number(/wchar:\s+(\d+)/.exec(io)?.[1] ?? 0),
      }
    },
    { read: 0, written: 0 },
  )
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
    ;[server] = await Promise.all([
      startCmsServer({ MEDIA_MAX_UPLOAD_GB: '8' }),
      PARTS.has('link') || PARTS.has('loopback') ? writeWav(file, SIZE) : '',
    ])
    cookie = await firstAdmin(server.url)
    if (PARTS.has('memory')) {
      const pid = listenerPid(port())
      const fresh = rssOf(pid)
      const settled = await settle(pid)
      report(
        `cms server after start: RSS ${mb(fresh)} (start-up peak, VmHWM, ${mb(peakRssOf(pid))}); ` +
          `settled at ${mb(settled.rss)} after ${settled.seconds.toFixed(0)} s idle`,
      )
    }
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
    if (lines.length) console.log(`\n--- resumableUpload summary ---\n${lines.join('\n')}`)
  })

  const port = () => Number(new URL(server.url).port)
  const upload = (endpoint: string, source = file, hooks: Partial<Parameters<typeof tusUpload>[0]> = {}) =>
    tusUpload({
      endpoint,
      file: source,
      cookie,
      origin: server.url,
      metadata: { filename: path.basename(source), filetype: 'audio/wav', accessLevel: 'public' },
      // The upload screen's own settings (BatchUploader), so the figures are what an officer gets.
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      ...hooks,
    })
  const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`

  for (const size of MEMORY_SIZES)
    it.runIf(PARTS.has('memory'))(
      `RSS of the cms during a ${size / MB} MB tus upload on loopback, and its finish step`,
      async () => {
        const big = path.join(dir, `ghi-am-${size / MB}.wav`)
        await writeWav(big, size)
        const pid = listenerPid(port())
        // Each size on a settled server, as an officer's upload meets it (not the previous upload's garbage).
        await settle(pid)
        const samples: { at: number; tree: number; main: number }[] = []
        const sample = () => samples.push({ at: performance.now(), tree: treeRss(pid), main: rssOf(pid) })
        sample()
        const sampler = setInterval(sample, 100)
        // The finish step: the last PATCH, from its request to the answer naming the media record.
        const finish = { start: 0, end: 0, ioBefore: { read: 0, written: 0 }, ioAfter: { read: 0, written: 0 } }
        const isLast = (request: HttpRequest) =>
          request.getMethod() === 'PATCH' && Number(request.getHeader('Upload-Offset')) + CHUNK_BYTES >= size
        const patches: number[] = []
        let patchStart = 0
        const start = performance.now()
        const result = await upload(`${server.url}/api/uploads`, big, {
          onBeforeRequest: (request) => {
            patchStart = performance.now()
            if (!isLast(request)) return
            finish.ioBefore = treeIo(pid)
            finish.start = patchStart
            sample()
          },
          onAfterResponse: (request) => {
            if (request.getMethod() === 'PATCH') patches.push(performance.now() - patchStart)
            if (!isLast(request)) return
            finish.end = performance.now()
            finish.ioAfter = treeIo(pid)
            sample()
          },
        })
        const total = seconds(start)
        clearInterval(sampler)
        rmSync(big)
        expect(result.mediaId).toBeTruthy()
        const [before] = samples as [(typeof samples)[number]]
        const peak = (key: 'tree' | 'main', from = 0, to = Number.POSITIVE_INFINITY) =>
          Math.max(...samples.filter((s) => s.at >= from && s.at <= to).map((s) => s[key]))
        const median = [...patches].sort((x, y) => x - y)[Math.floor(patches.length / 2)] ?? 0
        report(
          `${mb(size)} tus upload on loopback: ${total.toFixed(1)} s, ${patches.length} PATCHes; cms RSS (server process ` +
            `+ children) before ${mb(before.tree)}, peak ${mb(peak('tree'))} (+${mb(peak('tree') - before.tree)}); ` +
            `server process alone: before ${mb(before.main)}, peak ${mb(peak('main'))}`,
        )
        report(
          `   finish step (last PATCH of ${mb(CHUNK_BYTES)} → Media-Id ${result.mediaId}): ${(finish.end - finish.start).toFixed(0)} ms ` +
            `(median PATCH ${median.toFixed(0)} ms); server read ${mb(finish.ioAfter.read - finish.ioBefore.read)}, ` +
            `wrote ${mb(finish.ioAfter.written - finish.ioBefore.written)} meanwhile; peak RSS during it ${mb(peak('tree', finish.start, finish.end))}`,
        )
      },
    )

  it.runIf(PARTS.has('link'))(
    `${SIZE / MB} MB over ${LINK.bitsPerSecond / 1e6} Mbit/s, ${LINK.rttMs} ms RTT: cut every ${CUT / MB} MB vs not cut`,
    async () => {
      const runs: Record<string, { time: number; link: BadLink; retries: number }> = {}
      report(
        `link floor (size ÷ bandwidth): ${((SIZE * 8) / LINK.bitsPerSecond).toFixed(1)} s; chunk ${mb(CHUNK_BYTES)}`,
      )
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
            `client sent ${(link.bytesOffered() / SIZE).toFixed(4)}× size (crossed the link: ${(link.bytesUp() / SIZE).toFixed(4)}×), ` +
            `media ${result.mediaId ?? 'none'}`,
        )
        expect(result.mediaId).toBeTruthy()
      }
      const { cut, 'not cut': clean } = runs as Record<'cut' | 'not cut', (typeof runs)[string]>
      report(`→ wall time cut ÷ not cut: ${(cut.time / clean.time).toFixed(3)} (asked ≤ 1.15)`)
      report(
        `→ bytes the client sent with cuts ÷ file size: ${(cut.link.bytesOffered() / SIZE).toFixed(4)} (asked ≤ 1.05)`,
      )
      expect(cut.link.cuts()).toBeGreaterThanOrEqual(Math.floor(SIZE / CUT) - 1)
    },
    2 * 3_600_000, // two passes of ~8 min at 1 GB; longer on a slower link
  )

  it.runIf(PARTS.has('loopback'))(`${SIZE / MB} MB on loopback: tus vs a plain POST /api/media`, async () => {
    const post = async () => {
      const form = new FormData()
      form.append('file', await openAsBlob(file, { type: 'audio/wav' }), 'ghi-am-post.wav')
      form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
      const start = performance.now()
      const reply = await fetch(`${server.url}/api/media`, {
        method: 'POST',
        body: form,
        headers: { cookie, origin: server.url },
      })
      const text = await reply.text()
      expect(reply.status, text.slice(0, 500)).toBe(201)
      return seconds(start)
    }
    const tus = async () => {
      const start = performance.now()
      const result = await upload(`${server.url}/api/uploads`)
      expect(result.mediaId).toBeTruthy()
      return seconds(start)
    }
    // Alternated, twice each; the faster of each counts (the machine is shared, a slow run is someone else's build).
    const times = { tus: [] as number[], post: [] as number[] }
    for (let round = 0; round < 2; round += 1) {
      times.tus.push(await tus())
      times.post.push(await post())
    }
    const best = { tus: Math.min(...times.tus), post: Math.min(...times.post) }
    const rate = (time: number) => `${(SIZE / MB / time).toFixed(0)} MB/s`
    report(
      `loopback, ${mb(SIZE)}: tus ${times.tus.map((t) => t.toFixed(1)).join(' / ')} s, ` +
        `POST /api/media ${times.post.map((t) => t.toFixed(1)).join(' / ')} s; best: tus ${rate(best.tus)}, POST ${rate(best.post)}`,
    )
    report(
      `→ tus throughput ÷ POST throughput (= POST time ÷ tus time; above 1: tus is faster): ` +
        `${(best.post / best.tus).toFixed(3)} (asked ≥ 0.9)`,
    )
  })
})
