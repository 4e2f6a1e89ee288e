import type { Probe } from './ffmpeg'
import type { Identified } from './identify'

/**
 * The steps of processing one file, in the one vocabulary the command-line tool, the cms workflow (its
 * task per step, the step stored on the media record) and the officer's messages (`cms/src/media/messages.ts`)
 * all use. Order: identify → probe → checksum → the derivative steps the file needs → done.
 */
export const STEPS = ['identify', 'probe', 'checksum', 'images', 'web-video', 'streaming', 'audio', 'done'] as const
export type Step = (typeof STEPS)[number]

/** The steps that make derivative files; `plan` picks the ones a file needs. */
export type DerivativeStep = Extract<Step, 'images' | 'web-video' | 'streaming' | 'audio'>

/** How a file is processed, decided once from what `identify` and `probe` found. */
export type Route = 'image' | 'video' | 'audio' | 'none'

/** The derivative steps of each route. */
export const ROUTE_STEPS: Readonly<Record<Route, readonly DerivativeStep[]>> = {
  image: ['images'], // responsive AVIF/WebP and a JPEG fallback
  video: ['web-video', 'streaming'], // first a playable MP4, then the HLS ladder and sprite
  audio: ['audio'], // loudness-normalised MP3/Opus and the waveform
  none: [], // documents and captions are kept as uploaded
}

/**
 * Share of the whole job each step takes (from, to percent), so one bar goes from 0 to 100. The routes'
 * derivative steps each fill 5–99; a video's web MP4 comes first and quickly, so the officer can watch it.
 */
export const PROGRESS: Readonly<Record<Step, readonly [number, number]>> = {
  identify: [0, 1],
  probe: [1, 2],
  checksum: [2, 5],
  images: [5, 99],
  'web-video': [5, 40],
  streaming: [40, 99],
  audio: [5, 99],
  done: [100, 100],
}

/** Whether a file of this kind is probed with ffprobe (images are read by sharp, documents not at all). */
export const needsProbe = (identified: Pick<Identified, 'kind'>): boolean =>
  identified.kind === 'video' || identified.kind === 'audio'

/**
 * The route of a file: images by their kind; video and audio by what ffprobe found. A "video" without a
 * picture (a recording saved as .mp4) is audio; media with neither picture nor sound make nothing.
 */
export function routeOf(identified: Pick<Identified, 'kind'>, probe: Pick<Probe, 'video' | 'audio'> | null): Route {
  if (identified.kind === 'image') return 'image'
  if (!needsProbe(identified) || !probe) return 'none'
  return probe.video ? 'video' : probe.audio ? 'audio' : 'none'
}

/** The derivative steps a file needs, in order, after identify, probe and checksum. */
export const plan = (identified: Pick<Identified, 'kind'>, probe: Pick<Probe, 'video' | 'audio'> | null) =>
  ROUTE_STEPS[routeOf(identified, probe)]

/** Turns a step's own percent (0–100) into the whole job's percent (`PROGRESS`). */
export function overallPercent(step: Step, percentOfStep: number): number {
  const [from, to] = PROGRESS[step]
  return from + ((to - from) * Math.max(0, Math.min(100, percentOfStep))) / 100
}
