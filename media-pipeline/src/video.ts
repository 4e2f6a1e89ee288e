import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from './atomicOutput'
import { type Ffmpeg, ffmpegFailure } from './ffmpeg'
import { MediaPipelineError } from './MediaPipelineError'

/**
 * The first derivative an officer waits for: a web-playable MP4 that starts at once (`+faststart`), at
 * most 720 lines (a phone screen; never upscaled), H.264 High + AAC for every browser and old phone.
 * `veryfast` keeps it well ahead of real time on 2 cores; CRF 23 is H.264's visually transparent default.
 */
export const WEB_MP4 = { maxHeight: 720, preset: 'veryfast', crf: 23, audioBitrate: '128k', audioRate: 48_000 } as const

/** The encoder options of the web MP4 (also what the benchmark runs through the ffmpeg CLI). */
export const WEB_MP4_VIDEO_OPTIONS = [
  '-preset',
  WEB_MP4.preset,
  '-crf',
  String(WEB_MP4.crf),
  '-profile:v',
  'high',
  '-pix_fmt',
  'yuv420p',
  '-movflags',
  '+faststart',
]

export type Progress = (percent: number) => void

/** Makes the web MP4 of a video, reporting percent progress; the output appears only when complete. */
export async function makeWebMp4(
  ff: Ffmpeg,
  input: string,
  output: string,
  onProgress: Progress = () => {},
): Promise<void> {
  const name = path.basename(input)
  const info = await ff.probe(input, name)
  if (!info.video)
    throw new MediaPipelineError(
      'corrupt',
      'video',
      name,
      'there is no video stream (an audio-only file is processed as audio)',
    )
  await mkdir(path.dirname(output), { recursive: true })
  await writeAtomically(
    output,
    (temporary) =>
      new Promise<void>((resolve, reject) => {
        const command = ff
          .command(input)
          // ffmpeg turns phone videos upright from their rotation metadata before scaling.
          .videoFilters(`scale=-2:'min(${WEB_MP4.maxHeight},ih)'`)
          .videoCodec('libx264')
          .outputOptions(WEB_MP4_VIDEO_OPTIONS)
          .format('mp4')
        if (info.audio) command.audioCodec('aac').audioBitrate(WEB_MP4.audioBitrate).audioFrequency(WEB_MP4.audioRate)
        else command.noAudio()
        command
          .on('progress', (progress: { percent?: number }) => {
            if (typeof progress.percent === 'number' && Number.isFinite(progress.percent))
              onProgress(Math.max(0, Math.min(99, progress.percent)))
          })
          .on('error', (error: Error, _stdout: string | null, stderr: string | null) =>
            reject(ffmpegFailure('web-mp4', name, stderr, error)),
          )
          .on('end', () => resolve())
          .save(temporary)
      }),
  )
  onProgress(100)
}

/** A poster frame (JPEG, same size rules as the web MP4) from 10 % into the video, at most 5 s in. */
export async function makePoster(ff: Ffmpeg, input: string, output: string): Promise<void> {
  const name = path.basename(input)
  const info = await ff.probe(input, name)
  const at = Math.min(5, (info.duration ?? 0) * 0.1)
  await mkdir(path.dirname(output), { recursive: true })
  await writeAtomically(
    output,
    (temporary) =>
      new Promise<void>((resolve, reject) => {
        ff.command(input)
          .seekInput(at)
          .frames(1)
          .videoFilters(`scale=-2:'min(${WEB_MP4.maxHeight},ih)'`)
          .outputOptions(['-q:v', '3'])
          .format('image2')
          .on('error', (error: Error, _stdout: string | null, stderr: string | null) =>
            reject(ffmpegFailure('poster', name, stderr, error)),
          )
          .on('end', () => resolve())
          .save(temporary)
      }),
  )
}
