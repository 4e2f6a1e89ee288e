import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { FFMPEG_PATHS, ffmpegSync } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-probe-'))
const run = ffmpegSync
const { probe } = createFfmpeg(FFMPEG_PATHS)

describe('probe', () => {
  const video = path.join(dir, 'le-hoi.mp4')
  const rotated = path.join(dir, 'doc.mp4')
  const sound = path.join(dir, 'chieng.m4a')
  beforeAll(() => {
    run([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x180:rate=25:duration=2',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=220:duration=2:sample_rate=44100',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-ac',
      '2',
      '-shortest',
      video,
    ])
    run(['-i', video, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated])
    run(['-f', 'lavfi', '-i', 'sine=frequency=330:duration=1.5:sample_rate=48000', '-c:a', 'aac', sound])
  }, 60_000)

  it('reads duration, codecs, size, frame rate, sample rate and channels', async () => {
    const info = await probe(video)
    expect(info.duration).toBeCloseTo(2, 1)
    expect(info.video).toEqual({ codec: 'h264', width: 320, height: 180, rotation: 0, frameRate: 25 })
    expect(info.audio).toEqual({ codec: 'aac', sampleRate: 44100, channels: 2 })
  })

  it('reports the rotation a phone recorded', async () => {
    // ffmpeg stores `rotate=90` as a display matrix that ffprobe reads back as 90 degrees.
    expect((await probe(rotated)).video?.rotation).toBe(90)
  })

  it('finds no video stream in an audio-only file', async () => {
    const info = await probe(sound)
    expect(info.video).toBeNull()
    expect(info.audio?.sampleRate).toBe(48000)
  })

  it('refuses a truncated video with a searchable message', async () => {
    const truncated = path.join(dir, 'hong.mp4')
    writeFileSync(truncated, readFileSync(video).subarray(0, 2000))
    await expect(probe(truncated)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/^\[media\] probe failed for "hong\.mp4": the file cannot be read as media/),
    })
  })
})
