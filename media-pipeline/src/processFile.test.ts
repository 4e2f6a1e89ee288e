import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { type Manifest, processFile, type Step } from './processFile'
import { ffmpegSync, sampleVideo } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-process-'))
const ffmpeg = ffmpegSync
const deps = { sharp, ff: createFfmpeg() }
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]
/** A short valid video made once, to be cut short for the corrupt-file case. */
function shortVideo(): string {
  const file = path.join(dir, 'mau.mp4')
  return existsSync(file) ? file : sampleVideo(file, { size: '320x180', audio: false })
}
const allThere = (manifest: Manifest, out: string) =>
  Object.values(manifest.files).every((file) => existsSync(path.join(out, file)))

describe('processFile', () => {
  it('turns a video into web MP4, poster, HLS and sprite, reporting steps in order, original untouched', async () => {
    const video = path.join(dir, 'le-hoi.mp4')
    sampleVideo(video, { seconds: 3 })
    const before = sha256sum(video)
    const out = path.join(dir, 'video-out')
    const steps: Step[] = []
    const percents: number[] = []
    const manifest = await processFile(deps, video, out, {
      onProgress: (step, percent) => {
        steps.push(step)
        percents.push(percent)
      },
    })
    expect(Object.keys(manifest.files).sort()).toEqual(['hlsMaster', 'poster', 'sprite', 'spriteVtt', 'webMp4'])
    expect(allThere(manifest, out)).toBe(true)
    expect(manifest.source).toMatchObject({ name: 'le-hoi.mp4', sha256: before, identified: { kind: 'video' } })
    expect([...new Set(steps)]).toEqual(['identify', 'checksum', 'probe', 'web-mp4', 'poster', 'hls', 'sprite', 'done'])
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual(manifest)
    expect(sha256sum(video)).toBe(before)
  })

  it('treats a "video" with no picture as audio: normalised MP3 and Opus, waveform', async () => {
    const sound = path.join(dir, 'chi-tieng.mp4')
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=200:duration=2', '-c:a', 'aac', sound])
    const out = path.join(dir, 'audio-out')
    const manifest = await processFile(deps, sound, out)
    expect(Object.keys(manifest.files).sort()).toEqual(['mp3', 'opus', 'waveform'])
    expect(allThere(manifest, out)).toBe(true)
  })

  it('makes the image derivatives of a photo', async () => {
    const photo = path.join(dir, 'anh.jpg')
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a52' } })
      .jpeg()
      .toFile(photo)
    const out = path.join(dir, 'image-out')
    const manifest = await processFile(deps, photo, out)
    expect(Object.keys(manifest.files).sort()).toEqual([
      'image-avif-320',
      'image-avif-640',
      'image-jpeg-800',
      'image-webp-320',
      'image-webp-640',
    ])
    expect(allThere(manifest, out)).toBe(true)
  })

  it.each([
    ['rong.mp4', () => Buffer.alloc(0), 'empty-file'],
    ['le-hoi.mp4', () => Buffer.from('%PDF-1.7\n'), 'type-mismatch'],
    ['hong.mp4', () => readFileSync(shortVideo()).subarray(0, 4000), 'corrupt'],
  ])('refuses %s (%s) and leaves no manifest', async (name, bytes, code) => {
    const file = path.join(dir, 'bad', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, bytes())
    const out = path.join(dir, `bad-out-${name}`)
    await expect(processFile(deps, file, out)).rejects.toMatchObject({ code })
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false)
  })
})
