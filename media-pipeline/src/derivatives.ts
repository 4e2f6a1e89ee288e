import path from 'node:path'

import type sharpModule from 'sharp'

import { makeWaveform, normalizeAudio } from './audio'
import type { Ffmpeg } from './ffmpeg'
import { makeHlsLadder } from './hls'
import { makeImageDerivatives } from './images'
import type { DerivativeStep } from './plan'
import { type Files, imageRole } from './roles'
import { makeSprite } from './sprite'
import { makePoster, makeWebMp4, type Progress } from './video'

type Sharp = typeof sharpModule

export type { Files } from './roles'

/**
 * The derivative groups, each one resumable unit of work: the cms runs each as its own job task (so a
 * retry starts at the group that failed) and `processFile` runs them in a row. Each writes atomically.
 */
export async function deriveImages(sharp: Sharp, input: string, outDir: string): Promise<Files> {
  const files: Files = {}
  for (const d of await makeImageDerivatives(sharp, input, path.join(outDir, 'images'), 'image'))
    files[imageRole(d.format, d.width)] = path.relative(outDir, d.file)
  return files
}

/** What the officer can watch first: the web MP4 (0–95 %) and its poster frame. */
export async function deriveWebVideo(ff: Ffmpeg, input: string, outDir: string, onProgress: Progress = () => {}) {
  await makeWebMp4(ff, input, path.join(outDir, 'web.mp4'), (percent) => onProgress(percent * 0.95))
  await makePoster(ff, input, path.join(outDir, 'poster.jpg'))
  onProgress(100)
  return { webMp4: 'web.mp4', poster: 'poster.jpg' } satisfies Files
}

/** Adaptive streaming: the HLS ladder (0–90 %) and the scrubbing sprite with its WebVTT. */
export async function deriveStreaming(ff: Ffmpeg, input: string, outDir: string, onProgress: Progress = () => {}) {
  const hls = await makeHlsLadder(ff, input, path.join(outDir, 'hls'), (percent) => onProgress(percent * 0.9))
  await makeSprite(ff, input, path.join(outDir, 'sprite.jpg'), path.join(outDir, 'sprite.vtt'))
  onProgress(100)
  return { hlsMaster: path.relative(outDir, hls.master), sprite: 'sprite.jpg', spriteVtt: 'sprite.vtt' } satisfies Files
}

/** Listening copies at −16 LUFS (MP3, Opus) and the waveform. */
export async function deriveAudio(ff: Ffmpeg, input: string, outDir: string, onProgress: Progress = () => {}) {
  onProgress(0)
  const audio = await normalizeAudio(ff, input, path.join(outDir, 'audio'), 'audio')
  onProgress(80)
  await makeWaveform(ff, input, path.join(outDir, 'waveform.json'))
  onProgress(100)
  return {
    mp3: path.relative(outDir, audio.mp3),
    opus: path.relative(outDir, audio.opus),
    waveform: 'waveform.json',
  } satisfies Files
}

/** What a derivative group needs: sharp for pictures, ffmpeg for sound and moving pictures. */
export type DeriveDeps = { sharp: Sharp; ff: Ffmpeg }

/** Each derivative step of `plan` and the group that does it: the one table the CLI and the cms workflow run. */
export const DERIVE: Readonly<
  Record<DerivativeStep, (deps: DeriveDeps, input: string, outDir: string, onProgress?: Progress) => Promise<Files>>
> = {
  images: ({ sharp }, input, outDir) => deriveImages(sharp, input, outDir),
  'web-video': ({ ff }, input, outDir, onProgress) => deriveWebVideo(ff, input, outDir, onProgress),
  streaming: ({ ff }, input, outDir, onProgress) => deriveStreaming(ff, input, outDir, onProgress),
  audio: ({ ff }, input, outDir, onProgress) => deriveAudio(ff, input, outDir, onProgress),
}
