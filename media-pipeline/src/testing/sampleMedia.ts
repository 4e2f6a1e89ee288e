import { execFileSync } from 'node:child_process'

/** Test and benchmark media, made on the spot by ffmpeg's lavfi sources: nothing downloaded, nothing shipped. */
export const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg'

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
