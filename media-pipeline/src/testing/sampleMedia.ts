import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

/** Test and benchmark media, made on the spot by ffmpeg's lavfi sources: nothing downloaded, nothing shipped. */
export const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg'
/** The binaries the tests and benchmarks hand to `createFfmpeg` (the library itself reads no environment). */
export const FFMPEG_PATHS = { ffmpegPath: FFMPEG, ffprobePath: process.env.FFPROBE_PATH || 'ffprobe' }

/** Runs ffmpeg quietly, overwriting its output. */
export const ffmpegSync = (args: string[]): Buffer =>
  execFileSync(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', ...args])

/** A test-pattern H.264 video (with a 220 Hz tone as AAC unless `audio: false`) written to `file`. */
export function sampleVideo(
  file: string,
  { size = '640x360', seconds = 2, audio = true }: { size?: string; seconds?: number; audio?: boolean } = {},
): string {
  const tone = audio ? ['-f', 'lavfi', '-i', `sine=frequency=220:duration=${seconds}`, '-c:a', 'aac', '-shortest'] : []
  ffmpegSync([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${size}:rate=25:duration=${seconds}`,
    ...tone,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    file,
  ])
  return file
}

/** A PNG whose header claims `width × height` with almost no pixel data: a decompression bomb's shape. */
export function bombPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A Matroska video (made in `dir`) whose codec ID names a codec ffmpeg has no decoder for. */
export function unknownCodecVideo(dir: string): Buffer {
  const mkv = path.join(dir, 'h264.mkv')
  ffmpegSync(['-f', 'lavfi', '-i', 'testsrc2=size=320x180:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', mkv])
  const bytes = readFileSync(mkv)
  bytes.write('V_QQQQQ/ISO/XYZ', bytes.indexOf('V_MPEG4/ISO/AVC'), 'latin1')
  return bytes
}
