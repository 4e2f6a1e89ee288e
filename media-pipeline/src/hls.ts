import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from './atomicOutput'
import type { Ffmpeg } from './ffmpeg'
import { MediaPipelineError } from './MediaPipelineError'

/**
 * The HLS ladder: each rung a real viewer — 1080p on a good connection, 720p the common case, 360p for
 * a phone on a rural 3G link. Rungs above the source are left out (never upscaled).
 */
export const HLS_LADDER = [
  { height: 1080, videoBitrate: 5000, audioBitrate: 128 },
  { height: 720, videoBitrate: 2800, audioBitrate: 128 },
  { height: 360, videoBitrate: 800, audioBitrate: 96 },
] as const
/** 6-second segments with a keyframe every 2 s at 25 fps, aligned across rungs so players can switch. */
export const HLS_SEGMENT = { seconds: 6, gop: 50 } as const

export type HlsResult = { master: string; rungs: { height: number; playlist: string }[] }

/**
 * Encodes every rung in one ffmpeg run (the source is decoded once and `split`), writing into a
 * temporary folder that is renamed into place when complete.
 */
export async function makeHlsLadder(
  ff: Ffmpeg,
  input: string,
  outDir: string,
  onProgress: (percent: number) => void = () => {},
): Promise<HlsResult> {
  const name = path.basename(input)
  const info = await ff.probe(input, name)
  if (!info.video) throw new MediaPipelineError('corrupt', 'hls', name, 'there is no video stream')
  const upright = info.video.rotation === 90 || info.video.rotation === 270
  const sourceHeight = upright ? info.video.width : info.video.height
  const rungs = HLS_LADDER.filter((rung) => rung.height <= sourceHeight)
  const ladder = rungs.length
    ? rungs
    : [{ height: sourceHeight - (sourceHeight % 2), videoBitrate: 800, audioBitrate: 96 }]
  const audio = Boolean(info.audio)

  const split = `[0:v]split=${ladder.length}${ladder.map((_, i) => `[s${i}]`).join('')}`
  const scales = ladder.map((rung, i) => `[s${i}]scale=-2:${rung.height}[v${i}]`)
  const args = ['-i', input, '-filter_complex', [split, ...scales].join(';')]
  ladder.forEach((rung, i) => {
    args.push('-map', `[v${i}]`)
    if (audio) args.push('-map', 'a:0')
    args.push(
      `-c:v:${i}`,
      'libx264',
      `-b:v:${i}`,
      `${rung.videoBitrate}k`,
      `-maxrate:v:${i}`,
      `${Math.round(rung.videoBitrate * 1.07)}k`,
      `-bufsize:v:${i}`,
      `${rung.videoBitrate * 2}k`,
    )
    if (audio) args.push(`-c:a:${i}`, 'aac', `-b:a:${i}`, `${rung.audioBitrate}k`, `-ar:a:${i}`, '48000')
  })
  args.push(
    '-preset',
    'veryfast',
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(HLS_SEGMENT.gop),
    '-keyint_min',
    String(HLS_SEGMENT.gop),
    '-sc_threshold',
    '0',
    '-f',
    'hls',
    '-hls_time',
    String(HLS_SEGMENT.seconds),
    '-hls_playlist_type',
    'vod',
    '-hls_flags',
    'independent_segments',
    '-master_pl_name',
    'master.m3u8',
    '-var_stream_map',
    ladder
      .map((_, i) => (audio ? `v:${i},a:${i},name:${ladder[i]?.height}p` : `v:${i},name:${ladder[i]?.height}p`))
      .join(' '),
  )
  await rm(outDir, { recursive: true, force: true })
  await writeAtomically(outDir, async (temporary) => {
    await mkdir(temporary, { recursive: true })
    const into = [
      '-hls_segment_filename',
      path.join(temporary, '%v', 'segment-%03d.ts'),
      path.join(temporary, '%v', 'index.m3u8'),
    ]
    await ff.runFfmpeg([...args, ...into], 'hls', name, { duration: info.duration, onProgress })
  })
  const folders = new Set(await readdir(outDir))
  return {
    master: path.join(outDir, 'master.m3u8'),
    rungs: ladder
      .filter((rung) => folders.has(`${rung.height}p`))
      .map((rung) => ({ height: rung.height, playlist: path.join(outDir, `${rung.height}p`, 'index.m3u8') })),
  }
}
