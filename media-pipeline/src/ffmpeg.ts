import { execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import ffmpeg from 'fluent-ffmpeg'

import { isDiskFull, MediaPipelineError } from './MediaPipelineError'

/**
 * The one module that talks to ffmpeg (through fluent-ffmpeg — the user's choice; upstream is archived,
 * so nothing else imports it and it can be swapped here). Binaries come from Debian by default; the caller
 * (the command-line tool, the cms's settings) chooses others — the library reads no environment.
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

const NO_DECODER = /Decoder \(codec [^)]*\) not found|Unsupported codec|unknown codec/i

/** An ffmpeg failure as a MediaPipelineError, classified from what ffmpeg printed last. */
export function ffmpegFailure(step: string, file: string, stderr: string | null | undefined, cause: unknown) {
  const text = (stderr ?? '').trim()
  // ffmpeg's last line is often just "Conversion failed!"; the cause is the last line that says more.
  const lines = text
    .split('\n')
    .filter((line) => line && !/^Conversion failed!?$|frames left in the queue|Qavg/.test(line))
  const reason = lines.at(-1) || (cause instanceof Error ? cause.message : 'ffmpeg failed')
  if (isDiskFull(cause, text))
    return new MediaPipelineError('disk-full', step, file, `the disk is full (${reason})`, { cause })
  if (NO_DECODER.test(text))
    return new MediaPipelineError('unsupported-codec', step, file, `no decoder for this codec (${reason})`, { cause })
  return new MediaPipelineError('corrupt', step, file, reason, { cause })
}

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

export function createFfmpeg({ ffmpegPath = 'ffmpeg', ffprobePath = 'ffprobe' }: FfmpegPaths = {}) {
  const command = (input?: string) => ffmpeg(input).setFfmpegPath(ffmpegPath).setFfprobePath(ffprobePath)

  /** Technical metadata: container, duration, the first video and audio streams (codec, size, rotation, rate, channels). */
  async function probe(file: string, displayName: string = path.basename(file)): Promise<Probe> {
    // ffprobe's JSON directly: fluent-ffmpeg's own parser drops side data, where phones put the rotation.
    const output = await run(
      /*turbopackIgnore: true*/ ffprobePath,
      ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string }) => {
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
    const undecodable = [videoStream, audioStream].find((stream) => stream && !stream.codec_name)
    if (undecodable)
      throw new MediaPipelineError(
        'unsupported-codec',
        'probe',
        displayName,
        `the ${undecodable.codec_type} codec is not supported (no decoder for it); convert it to H.264/AAC first`,
      )
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

  /**
   * Runs ffmpeg with raw arguments and returns the end of what it printed on stderr (where filters report).
   * With `progress`, reports percent of `duration` from ffmpeg's `-progress` output as it encodes.
   */
  function runFfmpeg(
    args: string[],
    step: string,
    displayName: string,
    progress?: { duration: number | null; onProgress: (percent: number) => void },
  ): Promise<string> {
    const report = progress?.duration ? ['-progress', 'pipe:1', '-nostats'] : []
    return new Promise((resolve, reject) => {
      const child = spawn(
        /*turbopackIgnore: true*/ ffmpegPath,
        ['-hide_banner', '-nostdin', '-y', ...report, ...args],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-8000)
      })
      child.stdout.on('data', (chunk: Buffer) => {
        const times = [...chunk.toString().matchAll(/out_time_us=(\d+)/g)]
        const last = Number(times.at(-1)?.[1])
        if (progress?.duration && Number.isFinite(last))
          progress.onProgress(Math.max(0, Math.min(99, last / 1e4 / progress.duration)))
      })
      child.on('error', (error) => reject(ffmpegFailure(step, displayName, '', error)))
      child.on('close', (code, signal) => {
        if (code === 0) resolve(stderr)
        else reject(ffmpegFailure(step, displayName, stderr, new Error(`ffmpeg exited with ${signal ?? code}`)))
      })
    })
  }

  return { probe, command, runFfmpeg, ffmpegPath }
}

/** The ffmpeg helpers one `createFfmpeg` call returns. */
export type Ffmpeg = ReturnType<typeof createFfmpeg>
