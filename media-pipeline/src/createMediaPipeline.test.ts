import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { createMediaPipeline } from './createMediaPipeline'
import { MediaPipelineError } from './MediaPipelineError'
import { FFMPEG_PATHS, ffmpegSync } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-factory-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('createMediaPipeline (the front door: binaries and sharp from the caller)', () => {
  it('probes and derives with the binaries it was given', async () => {
    const pipeline = createMediaPipeline({ ...FFMPEG_PATHS, sharp })
    const sound = path.join(dir, 'hat-ru.m4a')
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=300:duration=1', '-c:a', 'aac', sound])
    expect((await pipeline.identify(sound)).kind).toBe('audio')
    expect((await pipeline.probe(sound))?.audio?.codec).toBe('aac')
    const files = await pipeline.derive('audio', sound, path.join(dir, 'out'))
    expect(files).toEqual({ mp3: 'audio/audio.mp3', opus: 'audio/audio.opus', waveform: 'waveform.json' })
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'waveform.json'), 'utf8')).bars.length).toBeGreaterThan(0)
  })

  it('uses the ffprobe it was given: a wrong path fails the probe with a pipeline error', async () => {
    const pipeline = createMediaPipeline({ ffmpegPath: 'ffmpeg', ffprobePath: '/nonexistent/ffprobe', sharp })
    const sound = path.join(dir, 'tieng.m4a')
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=300:duration=1', '-c:a', 'aac', sound])
    const failure = await pipeline.probe(sound).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MediaPipelineError)
    expect((failure as MediaPipelineError).message).toMatch(/^\[media\] probe failed for "tieng.m4a"/)
  })

  it('reads image facts with sharp without decoding pixels', async () => {
    const photo = path.join(dir, 'anh.png')
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123' } })
      .png()
      .toFile(photo)
    const pipeline = createMediaPipeline({ ...FFMPEG_PATHS, sharp })
    expect(await pipeline.imageFacts(photo)).toMatchObject({ width: 40, height: 30, format: 'png' })
  })
})
