import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import ffmpeg from 'fluent-ffmpeg'

import { MediaPipelineError } from './MediaPipelineError'

/**
 * The one module that talks to ffmpeg (through fluent-ffmpeg — the user's choice; upstream is archived,
 * so nothing else imports it and it can be swapped here). Binaries come from Debian, overridable by
 * FFMPEG_PATH / FFPROBE_PATH.
 */
export type FfmpegPaths = { ffmpegPath?: string; ffprobePath?: string }

export type VideoStream = { codec: string; width: number; height: number; rotation: number; frameRate: number | null }
export type AudioStream = { codec: string; sampleRate: number | null; channels: number | null }
export type Probe = {
  format: string
  duration: number | null
  bitRate: number | null
  video: VideoStream | null
  audio: AudioStream | null
}

const run = promisify(execFile)

type FfprobeStream = {
  codec_type?: string
  codec_name?: string
  width?: number
  height?: number
  avg_frame_rate?: string
  sample_rate?: string
  channels?: number
  disposition?: { attached_pic?: number }
  tags?: { rotate?: string }
  side_data_list?: { rotation?: number }[]
}
type FfprobeJson = {
  streams?: FfprobeStream[]
  format?: { format_name?: string; duration?: string; bit_rate?: string }
}

const rate = (fraction: string | undefined): number | null => {
  const [num, den] = (fraction ?? '').split('/').map(Number)
  return num && den ? Math.round((num / den) * 1000) / 1000 : null
}
const number = (value: unknown): number | null => {
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

export function createFfmpeg({
  ffmpegPath = process.env.FFMPEG_PATH || 'ffmpeg',
  ffprobePath = process.env.FFPROBE_PATH || 'ffprobe',
}: FfmpegPaths = {}) {
  const command = (input?: string) => ffmpeg(input).setFfmpegPath(ffmpegPath).setFfprobePath(ffprobePath)

  /** Technical metadata: container, duration, the first video and audio streams (codec, size, rotation, rate, channels). */
  async function probe(file: string, displayName: string = path.basename(file)): Promise<Probe> {
    // ffprobe's JSON directly: fluent-ffmpeg's own parser drops side data, where phones put the rotation.
    const output = await run(ffprobePath, ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string }) => {
      const reason =
        (error.stderr ?? '').trim().split('\n').at(-1)?.replace(file, displayName) || 'ffprobe could not read it'
      throw new MediaPipelineError('corrupt', 'probe', displayName, `the file cannot be read as media (${reason})`, {
        cause: error,
      })
    })
    const data = JSON.parse(output.stdout) as FfprobeJson
    const videoStream = data.streams?.find(
      (stream) => stream.codec_type === 'video' && stream.disposition?.attached_pic !== 1,
    )
    const audioStream = data.streams?.find((stream) => stream.codec_type === 'audio')
    const sideRotation = videoStream?.side_data_list?.find((side) => side.rotation !== undefined)?.rotation
    return {
      format: data.format?.format_name ?? 'unknown',
      duration: number(data.format?.duration),
      bitRate: number(data.format?.bit_rate),
      video: videoStream
        ? {
            codec: videoStream.codec_name ?? 'unknown',
            width: videoStream.width ?? 0,
            height: videoStream.height ?? 0,
            rotation: (((number(sideRotation ?? videoStream.tags?.rotate) ?? 0) % 360) + 360) % 360,
            frameRate: rate(videoStream.avg_frame_rate),
          }
        : null,
      audio: audioStream
        ? {
            codec: audioStream.codec_name ?? 'unknown',
            sampleRate: number(audioStream.sample_rate),
            channels: audioStream.channels ?? null,
          }
        : null,
    }
  }

  /** Runs ffmpeg with raw arguments and returns what it printed on stderr (where filters report). */
  async function runFfmpeg(args: string[], step: string, displayName: string): Promise<string> {
    try {
      const { stderr } = await run(ffmpegPath, ['-hide_banner', '-nostdin', '-y', ...args], {
        maxBuffer: 64 * 1024 * 1024,
      })
      return stderr
    } catch (error) {
      const reason =
        String((error as { stderr?: string }).stderr ?? '')
          .trim()
          .split('\n')
          .at(-1) || 'ffmpeg failed'
      throw new MediaPipelineError('corrupt', step, displayName, reason, { cause: error })
    }
  }

  return { probe, command, runFfmpeg, ffmpegPath }
}
