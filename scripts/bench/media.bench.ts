import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, it } from 'vitest'

import {
  createFfmpeg,
  IMAGE_FORMATS,
  IMAGE_WIDTHS,
  JPEG_FALLBACK,
  makeHlsLadder,
  makeImageDerivatives,
  makeWebMp4,
  processFile,
  WEB_MP4,
  WEB_MP4_VIDEO_OPTIONS,
} from '../../media-pipeline/src'
import { FFMPEG, FFMPEG_PATHS, sampleVideo } from '../../media-pipeline/src/testing/sampleMedia'

// Media pipeline against the raw tools doing the same work, in the same run. Sizes via BENCH_SECONDS
// (video length, default 20 s of 1080p) so a long run can be asked for.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const dir = mkdtempSync(path.join(tmpdir(), 'disanso-bench-'))
const ff = createFfmpeg(FFMPEG_PATHS)

const time = async (work: () => Promise<unknown> | unknown): Promise<number> => {
  const start = process.hrtime.bigint()
  await work()
  return Number(process.hrtime.bigint() - start) / 1e9
}
/** Median of alternating rounds, so machine noise hits both sides alike. */
async function compare(
  label: string,
  ours: () => Promise<unknown>,
  raw: () => Promise<unknown> | unknown,
  realTime?: number,
) {
  const a: number[] = []
  const b: number[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    b.push(await time(raw))
    a.push(await time(ours))
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0
  const [mine, theirs] = [median(a), median(b)]
  const speed = realTime ? `, ${(realTime / mine).toFixed(2)}× real time` : ''
  console.log(
    `${label}: pipeline ${mine.toFixed(2)} s, raw ${theirs.toFixed(2)} s → ratio ${(mine / theirs).toFixed(3)}× (spread ${Math.min(...a).toFixed(2)}–${Math.max(...a).toFixed(2)} s${speed})`,
  )
}

describe('media pipeline vs raw tools', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const video = path.join(dir, 'source-1080p.mp4')
  sampleVideo(video, { size: '1920x1080', seconds: SECONDS })

  it('web MP4 (720p veryfast) vs the same ffmpeg command', async () => {
    const rawArgs = [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-i',
      video,
      '-vf',
      `scale=-2:'min(${WEB_MP4.maxHeight},ih)'`,
      '-c:v',
      'libx264',
      ...WEB_MP4_VIDEO_OPTIONS,
      '-c:a',
      'aac',
      '-b:a',
      WEB_MP4.audioBitrate,
      '-ar',
      String(WEB_MP4.audioRate),
      path.join(dir, 'raw.mp4'),
    ]
    await compare(
      'web MP4',
      () => makeWebMp4(ff, video, path.join(dir, 'web.mp4')),
      () => execFileSync(FFMPEG, rawArgs),
      SECONDS,
    )
  })

  it('HLS ladder (one run, split) — real-time factor', async () => {
    const seconds = await time(() => makeHlsLadder(ff, video, path.join(dir, 'hls')))
    console.log(
      `HLS ladder 1080/720/360: ${seconds.toFixed(2)} s for ${SECONDS} s of 1080p → ${(SECONDS / seconds).toFixed(2)}× real time`,
    )
  })

  it("whole job (processFile) on the video: time and this process's peak memory", async () => {
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 50)
    const seconds = await time(() => processFile({ sharp, ff }, video, path.join(dir, 'job')))
    clearInterval(sampler)
    console.log(
      `processFile (web MP4 + poster + HLS + sprite): ${seconds.toFixed(2)} s for ${SECONDS} s of 1080p (${(SECONDS / seconds).toFixed(2)}× real time); peak RSS of the Node process ${(peak / 1024 / 1024).toFixed(0)} MB`,
    )
  })

  it('image derivatives vs sharp alone on the same outputs', async () => {
    const photo = path.join(dir, 'photo-12mp.jpg')
    await sharp({
      create: {
        width: 4240,
        height: 2832,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 90 })
      .toFile(photo)
    const raw = () =>
      Promise.all([
        ...IMAGE_WIDTHS.flatMap((width) => [
          sharp(photo)
            .autoOrient()
            .resize({ width })
            .avif(IMAGE_FORMATS.avif)
            .toFile(path.join(dir, `raw-${width}.avif`)),
          sharp(photo)
            .autoOrient()
            .resize({ width })
            .webp(IMAGE_FORMATS.webp)
            .toFile(path.join(dir, `raw-${width}.webp`)),
        ]),
        sharp(photo)
          .autoOrient()
          .resize({ width: JPEG_FALLBACK.width })
          .jpeg({ quality: JPEG_FALLBACK.quality, mozjpeg: true })
          .toFile(path.join(dir, 'raw.jpg')),
      ])
    await compare(
      'image derivatives (12 MP, 9 outputs)',
      () => makeImageDerivatives(sharp, photo, path.join(dir, 'img'), 'photo'),
      raw,
    )
  })
})
