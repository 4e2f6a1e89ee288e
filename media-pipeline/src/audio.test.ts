import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { barHeight, LOUDNESS, makeWaveform, normalizeAudio } from './audio'
import { createFfmpeg } from './ffmpeg'
import { FFMPEG, FFMPEG_PATHS, ffmpegSync } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-audio-'))
const ff = createFfmpeg(FFMPEG_PATHS)

/** Integrated loudness of a file, measured by ffmpeg's own EBU R128 meter (the summary's "I:" line). */
function lufsOf(file: string): number {
  const { stderr } = spawnSync(FFMPEG, ['-hide_banner', '-nostdin', '-i', file, '-af', 'ebur128', '-f', 'null', '-'], {
    encoding: 'utf8',
  })
  const values = [...stderr.matchAll(/I:\s+(-?[\d.]+) LUFS/g)].map((match) => Number(match[1]))
  return values.at(-1) ?? Number.NaN
}

describe('normalizeAudio', () => {
  let quiet: string
  beforeAll(() => {
    // A quiet field recording: a gong-like tone at 2 % amplitude, 6 seconds.
    quiet = path.join(dir, 'chieng-nho.wav')
    ffmpegSync(['-f', 'lavfi', '-i', "aevalsrc='0.02*sin(2*PI*180*t)*(0.6+0.4*sin(2*PI*0.5*t))':s=44100:d=6", quiet])
  }, 60_000)

  it('brings a quiet recording to −16 LUFS within 1 LU, as MP3 and Opus at 48 kHz', async () => {
    expect(lufsOf(quiet)).toBeLessThan(-30)
    const { mp3, opus } = await normalizeAudio(ff, quiet, path.join(dir, 'out'), 'chieng')
    for (const file of [mp3, opus]) {
      expect(Math.abs(lufsOf(file) - LOUDNESS.integrated), file).toBeLessThanOrEqual(1)
      expect((await ff.probe(file)).audio?.sampleRate).toBe(48_000)
    }
    expect((await ff.probe(mp3)).audio?.codec).toBe('mp3')
    expect((await ff.probe(opus)).audio?.codec).toBe('opus')
  })
})

describe('waveform', () => {
  it.each([
    [1, 1],
    [0.01, 0.333],
    [0.001, 0],
    [0, 0],
  ])('a peak of %s draws a bar of %s', (peak, height) => {
    expect(barHeight(peak)).toBeCloseTo(height, 2)
  })

  it('writes the bars of a recording as JSON, quiet passages still visible', async () => {
    const file = path.join(dir, 'song.wav')
    ffmpegSync(['-f', 'lavfi', '-i', "aevalsrc='if(lt(t,2),0.9,0.02)*sin(2*PI*220*t)':s=44100:d=4", file])
    const output = path.join(dir, 'song.peaks.json')
    const bars = await makeWaveform(ff, file, output)
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual({ bars })
    expect(bars.length).toBeGreaterThanOrEqual(790)
    expect(bars.length).toBeLessThanOrEqual(801)
    const loud = bars.slice(0, 350)
    const soft = bars.slice(450, 790)
    expect(Math.min(...loud)).toBeGreaterThan(0.9)
    expect(Math.min(...soft)).toBeGreaterThan(0.3)
    expect(Math.max(...soft)).toBeLessThan(0.5)
  })
})
