import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { type Manifest, processFile, type Step } from './processFile'
import { FFMPEG_PATHS, ffmpegSync, sampleVideo, unknownCodecVideo } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-process-'))
// After every describe's own afterAll (the tiny disk is unmounted first).
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const ffmpeg = ffmpegSync
const deps = { sharp, ff: createFfmpeg(FFMPEG_PATHS) }
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]
/** A short valid video made once, to be cut short for the corrupt-file case. */
function shortVideo(): string {
  const file = path.join(dir, 'mau.mp4')
  return existsSync(file) ? file : sampleVideo(file, { size: '320x180', audio: false })
}
const allThere = (manifest: Manifest, out: string) =>
  Object.values(manifest.files).every((file) => file !== undefined && existsSync(path.join(out, file)))

/** Mounts a 3 MB tmpfs (needs root, as on our machines and CI); undefined where that is not allowed. */
function tinyDisk(): string | undefined {
  const mount = path.join(dir, 'tiny-disk')
  mkdirSync(mount, { recursive: true })
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount], { stdio: 'ignore' })
    return mount
  } catch {
    return undefined
  }
}

// Encoding video on a loaded 2-core machine takes seconds (the full-disk case 6.6 s under load): the other
// media tests' 60 s, not the unit default of 5 s.
describe('processFile', { timeout: 60_000 }, () => {
  it('turns a video into web MP4, poster, HLS and sprite, reporting steps in order and percent that never goes back, original untouched', async () => {
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
    // The one step vocabulary of `plan`, shared with the cms workflow (was identify, checksum, probe, web-mp4, hls).
    expect([...new Set(steps)]).toEqual(['identify', 'probe', 'checksum', 'web-video', 'streaming', 'done'])
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
    ['rong.mp4', 'empty-file', () => Buffer.alloc(0)],
    ['le-hoi.mp4', 'type-mismatch', () => Buffer.from('%PDF-1.7\n')],
    ['hong.mp4', 'corrupt', () => readFileSync(shortVideo()).subarray(0, 4000)],
    ['la.mkv', 'unsupported-codec', () => unknownCodecVideo(dir)],
  ])('refuses %s as %s and leaves no manifest', async (name, code, bytes) => {
    const file = path.join(dir, 'bad', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, bytes())
    const out = path.join(dir, `bad-out-${name}`)
    await expect(processFile(deps, file, out)).rejects.toMatchObject({ code })
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false)
  })
})

describe('processFile on a full disk', { timeout: 60_000 }, () => {
  const disk = tinyDisk()
  afterAll(() => {
    if (disk) execFileSync('umount', [disk])
  })
  it.runIf(disk)('fails with disk-full, keeps the original and leaves no partial file', async () => {
    const video = sampleVideo(path.join(dir, 'dai.mp4'), { size: '1280x720', seconds: 6 })
    const before = sha256sum(video)
    const out = path.join(disk ?? '', 'out')
    const error = await processFile(deps, video, out).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'disk-full' })
    expect(String((error as Error).message)).toMatch(/^\[media\] \S+ failed for "dai\.mp4": the disk is full/)
    expect(sha256sum(video)).toBe(before)
    // Steps that finished before the disk filled stay whole; nothing half-written, no manifest claiming success.
    const left = execFileSync('find', [disk ?? '', '-type', 'f'], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(left.filter((file) => /partial/.test(file) || file.endsWith('manifest.json'))).toEqual([])
  })
  if (!disk) console.log('full-disk test skipped: mounting a tmpfs needs root')
})
