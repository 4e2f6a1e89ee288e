import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from './atomicOutput'
import { type Ffmpeg, ffmpegFailure } from './ffmpeg'
import { MediaPipelineError } from './MediaPipelineError'

/**
 * EBU R128 targets for listening on phones and laptops: −16 LUFS integrated (streaming-service level,
 * louder than broadcast's −23 so quiet field recordings are audible), true peak −1.5 dBTP, 48 kHz out.
 */
export const LOUDNESS = { integrated: -16, truePeak: -1.5, range: 11, sampleRate: 48_000 } as const
/** MP3 for every player; Opus, smaller at the same quality, for browsers. */
export const AUDIO_OUTPUTS = {
  mp3: ['-c:a', 'libmp3lame', '-q:a', '2'],
  opus: ['-c:a', 'libopus', '-b:a', '96k'],
} as const
/** Waveform: this many bars, drawn from a 60 dB window so quiet recordings still show. */
export const WAVEFORM = { bars: 800, floorDb: -60, sampleRate: 8000 } as const

type Measured = { input_i: string; input_tp: string; input_lra: string; input_thresh: string; target_offset: string }

const loudnorm = `loudnorm=I=${LOUDNESS.integrated}:TP=${LOUDNESS.truePeak}:LRA=${LOUDNESS.range}`

/** Two-pass loudness normalisation to MP3 and Opus (pass 1 measures, pass 2 applies linearly). */
export async function normalizeAudio(
  ff: Ffmpeg,
  input: string,
  outDir: string,
  baseName: string,
): Promise<{ mp3: string; opus: string; measuredLufs: number }> {
  const name = path.basename(input)
  const report = await ff.runFfmpeg(
    ['-i', input, '-vn', '-af', `${loudnorm}:print_format=json`, '-f', 'null', '-'],
    'loudness',
    name,
  )
  const json = report.slice(report.lastIndexOf('{'), report.lastIndexOf('}') + 1)
  let measured: Measured
  try {
    measured = JSON.parse(json) as Measured
  } catch (cause) {
    throw new MediaPipelineError('corrupt', 'loudness', name, 'the loudness could not be measured', { cause })
  }
  const filter = `${loudnorm}:measured_I=${measured.input_i}:measured_TP=${measured.input_tp}:measured_LRA=${measured.input_lra}:measured_thresh=${measured.input_thresh}:offset=${measured.target_offset}:linear=true`
  await mkdir(outDir, { recursive: true })
  const mp3 = path.join(outDir, `${baseName}.mp3`)
  const opus = path.join(outDir, `${baseName}.opus`)
  await writeAtomically(mp3, (mp3Temp) =>
    writeAtomically(opus, (opusTemp) =>
      ff.runFfmpeg(
        [
          '-i',
          input,
          '-vn',
          '-af',
          filter,
          '-ar',
          String(LOUDNESS.sampleRate),
          ...AUDIO_OUTPUTS.mp3,
          '-f',
          'mp3',
          mp3Temp,
          '-vn',
          '-af',
          filter,
          '-ar',
          String(LOUDNESS.sampleRate),
          ...AUDIO_OUTPUTS.opus,
          '-f',
          'ogg',
          opusTemp,
        ],
        'loudness',
        name,
      ),
    ),
  )
  return { mp3, opus, measuredLufs: Number(measured.input_i) }
}

/** Maps a peak amplitude (0–1) to a bar height (0–1) on a decibel scale, so −40 dB is still a visible bar. */
export const barHeight = (peak: number): number => {
  if (peak <= 0) return 0
  const db = 20 * Math.log10(peak)
  return Math.round(Math.max(0, Math.min(1, 1 - db / WAVEFORM.floorDb)) * 1000) / 1000
}

/**
 * Waveform peaks as JSON (`{ bars: number[] }`), decoded as a stream of 8 kHz mono samples: memory does
 * not grow with the recording's length.
 */
export async function makeWaveform(ff: Ffmpeg, input: string, output: string): Promise<number[]> {
  const name = path.basename(input)
  const duration = (await ff.probe(input, name)).duration ?? 0
  const perBar = Math.max(1, Math.ceil((duration * WAVEFORM.sampleRate) / WAVEFORM.bars))
  const peaks: number[] = []
  let current = 0
  let inBar = 0
  let carry: Buffer = Buffer.alloc(0)
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      /*turbopackIgnore: true*/ ff.ffmpegPath,
      [
        '-hide_banner',
        '-nostdin',
        '-i',
        input,
        '-vn',
        '-ac',
        '1',
        '-ar',
        String(WAVEFORM.sampleRate),
        '-f',
        's16le',
        '-',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000)
    })
    child.stdout.on('data', (chunk: Buffer) => {
      const data = carry.length ? Buffer.concat([carry, chunk]) : chunk
      const usable = data.length - (data.length % 2)
      for (let offset = 0; offset < usable; offset += 2) {
        current = Math.max(current, Math.abs(data.readInt16LE(offset)) / 32768)
        if (++inBar === perBar) {
          peaks.push(barHeight(current))
          current = 0
          inBar = 0
        }
      }
      carry = data.subarray(usable)
    })
    child.on('error', (error) =>
      reject(new MediaPipelineError('io', 'waveform', name, 'ffmpeg could not be started', { cause: error })),
    )
    child.on('close', (code) => {
      if (code === 0) resolve()
      else reject(ffmpegFailure('waveform', name, stderr, new Error(`ffmpeg exited with ${code}`)))
    })
  })
  if (inBar > 0) peaks.push(barHeight(current))
  await mkdir(path.dirname(output), { recursive: true })
  await writeAtomically(output, (temporary) => writeFile(temporary, JSON.stringify({ bars: peaks })))
  return peaks
}
