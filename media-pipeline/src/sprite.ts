import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from './atomicOutput'
import type { Ffmpeg } from './ffmpeg'
import { MediaPipelineError } from './MediaPipelineError'

/** Scrubbing previews: one 160-px-wide frame every N seconds (more frames for short videos), 10 per row. */
export const SPRITE = { width: 160, columns: 10, maxFrames: 100, minInterval: 2 } as const

const stamp = (seconds: number) => {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

/**
 * A thumbnail sprite (JPEG) and the WebVTT that maps each time range to its tile (`sprite.jpg#xywh=`),
 * which video players use for previews while scrubbing.
 */
export async function makeSprite(
  ff: Ffmpeg,
  input: string,
  spriteFile: string,
  vttFile: string,
): Promise<{ frames: number; interval: number }> {
  const name = path.basename(input)
  const info = await ff.probe(input, name)
  if (!info.video || !info.duration)
    throw new MediaPipelineError('corrupt', 'sprite', name, 'there is no video to take frames from')
  const interval = Math.max(SPRITE.minInterval, Math.ceil(info.duration / SPRITE.maxFrames))
  const frames = Math.max(1, Math.ceil(info.duration / interval))
  const rows = Math.ceil(frames / SPRITE.columns)
  const upright = info.video.rotation === 90 || info.video.rotation === 270
  const [w, h] = upright ? [info.video.height, info.video.width] : [info.video.width, info.video.height]
  const tileHeight = Math.round((SPRITE.width * h) / w / 2) * 2
  await mkdir(path.dirname(spriteFile), { recursive: true })
  await writeAtomically(spriteFile, (temporary) =>
    ff.runFfmpeg(
      [
        '-i',
        input,
        '-vf',
        `fps=1/${interval},scale=${SPRITE.width}:${tileHeight},tile=${SPRITE.columns}x${rows}`,
        '-frames:v',
        '1',
        '-q:v',
        '4',
        '-f',
        'image2',
        temporary,
      ],
      'sprite',
      name,
    ),
  )
  const cues = Array.from({ length: frames }, (_, i) => {
    const x = (i % SPRITE.columns) * SPRITE.width
    const y = Math.floor(i / SPRITE.columns) * tileHeight
    const end = Math.min(info.duration ?? 0, (i + 1) * interval)
    return `${stamp(i * interval)} --> ${stamp(end)}\n${path.basename(spriteFile)}#xywh=${x},${y},${SPRITE.width},${tileHeight}`
  })
  await writeAtomically(vttFile, (temporary) => writeFile(temporary, `WEBVTT\n\n${cues.join('\n\n')}\n`))
  return { frames, interval }
}
