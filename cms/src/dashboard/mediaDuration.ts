import type { MediaDuration } from './aggregateProgramme'

type Probe = { duration?: number | null; video?: unknown; audio?: unknown }

/**
 * How long a processed file plays, from what the media workflow's probe stored (`technical.probe`, ffprobe):
 * a file with a picture counts as video, one with only sound as audio (as the workflow routes it).
 */
export function mediaDuration(technical: unknown): MediaDuration {
  const probe = (technical as { probe?: Probe } | null | undefined)?.probe
  const seconds = typeof probe?.duration === 'number' && Number.isFinite(probe.duration) ? probe.duration : 0
  if (seconds <= 0) return { audio: 0, video: 0 }
  if (probe?.video) return { audio: 0, video: seconds }
  return probe?.audio ? { audio: seconds, video: 0 } : { audio: 0, video: 0 }
}
