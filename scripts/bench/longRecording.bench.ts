import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, it } from 'vitest'

import { createFfmpeg, processFile, type Step } from '../../media-pipeline/src'
import { FFMPEG_PATHS, ffmpegSync } from '../../media-pipeline/src/testing/sampleMedia'

// A long festival recording through the whole job: when the first playable MP4 is ready, when the HLS
// ladder is done, and the Node process's peak memory. Only with BENCH_LONG_MINUTES set (it takes about
// as long as the recording): `BENCH_LONG_MINUTES=60 npm run bench -- longRecording`. The source is made
// at BENCH_LONG_MBPS (default 18 Mbit/s, a camcorder's rate), so 15 minutes is about 2 GB.
const MINUTES = Number(process.env.BENCH_LONG_MINUTES ?? 0)
const MBPS = Number(process.env.BENCH_LONG_MBPS ?? 18)

describe.runIf(MINUTES > 0)('a long recording through processFile', () => {
  const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'disanso-long-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  // Allowed: up to 3× the recording's duration (the targets are 0.3× and 0.7×).
  it(`${MINUTES} minutes of 1080p: first playable MP4, full ladder, peak RSS`, {
    timeout: MINUTES * 180_000,
  }, async () => {
    const seconds = MINUTES * 60
    const source = path.join(dir, 'recording.mp4')
    const made = Date.now()
    ffmpegSync([
      '-f',
      'lavfi',
      '-i',
      `testsrc2=size=1920x1080:rate=25:duration=${seconds}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=220:duration=${seconds}`,
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-b:v',
      `${MBPS}M`,
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-shortest',
      source,
    ])
    const bytes = statSync(source).size
    console.log(
      `source: ${MINUTES} min 1080p, ${(bytes / 1e9).toFixed(2)} GB, made in ${((Date.now() - made) / 1000).toFixed(0)} s`,
    )

    const reached = new Map<Step, number>()
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 200)
    const start = Date.now()
    await processFile({ sharp, ff: createFfmpeg(FFMPEG_PATHS) }, source, path.join(dir, 'out'), {
      onProgress: (step) => {
        if (reached.has(step)) return
        reached.set(step, (Date.now() - start) / 1000)
        console.log(`  ${step} reached at ${reached.get(step)?.toFixed(0)} s`)
      },
    })
    clearInterval(sampler)
    const at = (step: Step) => reached.get(step) ?? Number.NaN
    const line = (label: string, t: number) =>
      console.log(`${label}: ${t.toFixed(0)} s = ${(t / seconds).toFixed(3)} × the recording's duration`)
    line('first playable MP4 ready (checksum + probe + web MP4 + poster)', at('streaming'))
    line('HLS ladder and sprite done (whole job)', at('done'))
    console.log(`peak RSS of the Node process: ${(peak / 1024 / 1024).toFixed(0)} MB`)
  })
})
