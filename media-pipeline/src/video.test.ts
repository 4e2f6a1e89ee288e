import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { FFMPEG_PATHS, ffmpegSync, sampleVideo } from './testing/sampleMedia'
import { makePoster, makeWebMp4 } from './video'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-video-'))
const run = ffmpegSync
const ff = createFfmpeg(FFMPEG_PATHS)
const source = (name: string, size: string, seconds = 2) => sampleVideo(path.join(dir, name), { size, seconds })

describe('makeWebMp4', () => {
  let hd: string
  beforeAll(() => {
    hd = source('le-hoi-1080.mp4', '1920x1080')
  }, 60_000)

  it('makes a 720p H.264/AAC MP4 that starts playing at once, reporting progress', async () => {
    const out = path.join(dir, 'web', 'le-hoi.mp4')
    const progress: number[] = []
    await makeWebMp4(ff, hd, out, (percent) => progress.push(percent))
    const info = await ff.probe(out)
    expect(info.video).toMatchObject({ codec: 'h264', width: 1280, height: 720 })
    expect(info.audio).toMatchObject({ codec: 'aac', sampleRate: 48000 })
    expect(Math.abs((info.duration ?? 0) - 2)).toBeLessThanOrEqual(0.1)
    const bytes = readFileSync(out)
    // +faststart: the index (moov) comes before the media data (mdat).
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'))
    expect(progress.at(-1)).toBe(100)
    expect(progress.every((p) => p >= 0 && p <= 100)).toBe(true)
    expect(readdirSync(path.dirname(out))).toEqual(['le-hoi.mp4'])
  })

  it('never upscales, and turns a phone video upright', async () => {
    const small = source('nho.mp4', '480x270', 1)
    await makeWebMp4(ff, small, path.join(dir, 'web', 'nho.mp4'))
    expect((await ff.probe(path.join(dir, 'web', 'nho.mp4'))).video).toMatchObject({ width: 480, height: 270 })
    const rotated = path.join(dir, 'doc.mp4')
    run(['-i', small, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated])
    await makeWebMp4(ff, rotated, path.join(dir, 'web', 'doc.mp4'))
    expect((await ff.probe(path.join(dir, 'web', 'doc.mp4'))).video).toMatchObject({ width: 270, height: 480 })
  })

  it('refuses an audio-only file and leaves nothing behind', async () => {
    const sound = path.join(dir, 'chi-tieng.mp4')
    run(['-f', 'lavfi', '-i', 'sine=frequency=220:duration=1', '-c:a', 'aac', sound])
    await expect(makeWebMp4(ff, sound, path.join(dir, 'web-audio', 'x.mp4'))).rejects.toThrow(
      '[media] video failed for "chi-tieng.mp4": there is no video stream (an audio-only file is processed as audio)',
    )
  })
})

describe('makePoster', () => {
  it('takes an upright JPEG frame no taller than 720', async () => {
    const hd = source('poster-src.mp4', '1920x1080', 1)
    const poster = path.join(dir, 'poster.jpg')
    await makePoster(ff, hd, poster)
    const meta = await sharp(poster).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 1280, height: 720 })
  })
})
