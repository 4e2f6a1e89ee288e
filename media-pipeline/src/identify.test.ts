import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { identify } from './identify'
import { ffmpegSync } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-identify-'))
const write = (name: string, data: Buffer | string) => {
  const file = path.join(dir, name)
  writeFileSync(file, data)
  return file
}
const ffmpeg = ffmpegSync

describe('identify', () => {
  const files: Record<string, string> = {}
  beforeAll(async () => {
    const pixels = sharp({ create: { width: 8, height: 8, channels: 3, background: '#a33' } })
    files.jpg = write('anh.jpg', await pixels.clone().jpeg().toBuffer())
    files.png = write('anh.png', await pixels.clone().png().toBuffer())
    files.webp = write('anh.webp', await pixels.clone().webp().toBuffer())
    files.mp4 = path.join(dir, 'video.mp4')
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=64x36:rate=5:duration=0.4',
      '-pix_fmt',
      'yuv420p',
      '-c:v',
      'libx264',
      files.mp4,
    ])
    files.mp3 = path.join(dir, 'ghi-am.mp3')
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=220:duration=0.3', '-c:a', 'libmp3lame', files.mp3])
    files.wav = path.join(dir, 'ghi-am.wav')
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=220:duration=0.3', files.wav])
  }, 60_000)

  it.each([
    ['jpg', 'image', 'image/jpeg'],
    ['png', 'image', 'image/png'],
    ['webp', 'image', 'image/webp'],
    ['mp4', 'video', 'video/mp4'],
    ['mp3', 'audio', 'audio/mpeg'],
    ['wav', 'audio', 'audio/wav'],
  ])('knows a %s by its bytes', async (key, kind, mimeType) => {
    expect(await identify(files[key] ?? '')).toMatchObject({ kind, mimeType })
  })

  it('knows a PDF and a WebVTT file', async () => {
    expect(await identify(write('giay-dong-y.pdf', '%PDF-1.7\n%âãÏÓ\n'))).toMatchObject({
      kind: 'document',
      mimeType: 'application/pdf',
    })
    expect(await identify(write('phu-de.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n'))).toMatchObject({
      mimeType: 'text/vtt',
    })
  })

  it.each([
    ['rong.mp4', '', 'empty-file', '[media] identify failed for "rong.mp4": the file is empty (0 bytes)'],
    [
      'le-hoi.mp4',
      '%PDF-1.4\n',
      'type-mismatch',
      '[media] identify failed for "le-hoi.mp4": the bytes are a PDF document, not a video',
    ],
    [
      'le-hoi.mp4',
      '<!DOCTYPE html><html><body>x</body></html>',
      'unsafe-content',
      '[media] identify failed for "le-hoi.mp4": the bytes are an HTML page, not a media file',
    ],
    [
      'logo.svg',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'unsafe-content',
      '[media] identify failed for "logo.svg": SVG files are not accepted (they can carry script); upload a PNG or JPEG',
    ],
    [
      'anh.jpg',
      'just some text',
      'unknown-type',
      '[media] identify failed for "anh.jpg": the file type is not recognised',
    ],
    [
      'trang.jpg',
      '<!-- saved from url=(0023)https://vi-du.vn/trang -->\n<html><body>x</body></html>',
      'unsafe-content',
      '[media] identify failed for "trang.jpg": the bytes are an HTML page, not a media file',
    ],
    [
      'hoa-van.svg',
      '<?xml version="1.0"?>\n<!DOCTYPE svg [\n <!ENTITY x "y">\n]>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      'unsafe-content',
      '[media] identify failed for "hoa-van.svg": SVG files are not accepted (they can carry script); upload a PNG or JPEG',
    ],
    [
      'anh.heic',
      '\0\0\0\x18ftypheic\0\0\0\0mif1heic',
      'unsupported-format',
      '[media] identify failed for "anh.heic": the bytes are a HEIC image, which the pipeline cannot decode (sharp has no HEVC decoder)',
    ],
  ])('refuses %s (%j) with %s', async (name, content, code, message) => {
    const attempt = identify(write(name, content))
    await expect(attempt).rejects.toMatchObject({ code, message })
  })

  it('refuses a sound that claims to be an image, naming what it really is', async () => {
    const mislabelled = write(
      'anh-that.jpg',
      await import('node:fs/promises').then((fs) => fs.readFile(files.mp3 ?? '')),
    )
    await expect(identify(mislabelled)).rejects.toThrow('the bytes are a MP3 audio, not an image')
  })
})
