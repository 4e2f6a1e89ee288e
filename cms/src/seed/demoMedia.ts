import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import sharp from 'sharp'

const run = promisify(execFile)

export type DemoFile = { data: Buffer; mimetype: string; name: string; size: number }

const file = (data: Buffer, mimetype: string, name: string): DemoFile => ({ data, mimetype, name, size: data.length })

/**
 * A 1200×800 JPEG in the spirit of a brocade: bands of diamonds in colours drawn from `hue`. Generated,
 * so the demo ships no photographs and needs no download.
 */
export async function demoImage(hue: number, name: string): Promise<DemoFile> {
  const colour = (shift: number, light: number) => `hsl(${(hue + shift) % 360} 65% ${light}%)`
  const bands = Array.from({ length: 8 }, (_, band) => {
    const y = band * 100
    const diamonds = Array.from({ length: 12 }, (_, i) => {
      const x = i * 100 + (band % 2) * 50
      return `<polygon points="${x},${y + 50} ${x + 50},${y} ${x + 100},${y + 50} ${x + 50},${y + 100}" fill="${colour(band * 25, 35 + (i % 3) * 12)}"/>`
    }).join('')
    return `<rect x="0" y="${y}" width="1200" height="100" fill="${colour(180 + band * 10, 20)}"/>${diamonds}`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">${bands}</svg>`
  return file(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer(), 'image/jpeg', name)
}

async function ffmpeg(ffmpegPath: string, args: string[], output: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'disanso-demo-'))
  const target = path.join(dir, output)
  try {
    await run(ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-y', ...args, target])
    return await readFile(target)
  } catch (error) {
    throw new Error(`[seed] ffmpeg could not make "${output}" (is ffmpeg installed? apt-get install -y ffmpeg)`, {
      cause: error,
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Three seconds of a struck gong (a decaying low tone with an overtone), MP3, from ffmpeg's lavfi. */
export async function demoAudio(hue: number, name: string, ffmpegPath: string): Promise<DemoFile> {
  const base = 110 + (hue % 90)
  const gong = `aevalsrc='0.6*exp(-1.2*t)*(sin(2*PI*${base}*t)+0.4*sin(2*PI*${(base * 2.76).toFixed(1)}*t))':s=44100:d=3`
  return file(
    await ffmpeg(ffmpegPath, ['-f', 'lavfi', '-i', gong, '-c:a', 'libmp3lame', '-b:a', '96k'], name),
    'audio/mpeg',
    name,
  )
}

/** Two seconds of ffmpeg's test pattern with a tone, H.264/AAC MP4 with the index at the front. */
export async function demoVideo(hue: number, name: string, ffmpegPath: string): Promise<DemoFile> {
  return file(
    await ffmpeg(
      ffmpegPath,
      [
        '-f',
        'lavfi',
        '-i',
        `testsrc2=size=480x270:rate=25:duration=2,hue=h=${hue}`,
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=${200 + hue}:duration=2`,
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-c:a',
        'aac',
        '-b:a',
        '64k',
        '-shortest',
        '-movflags',
        '+faststart',
      ],
      name,
    ),
    'video/mp4',
    name,
  )
}

/** A two-cue WebVTT caption file. */
export function demoCaptions(lines: [string, string], name: string): DemoFile {
  const vtt = `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${lines[0]}\n\n00:00:01.000 --> 00:00:02.000\n${lines[1]}\n`
  return file(Buffer.from(vtt, 'utf8'), 'text/vtt', name)
}
