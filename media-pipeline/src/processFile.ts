import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type sharpModule from 'sharp'

import { writeAtomically } from './atomicOutput'
import { makeWaveform, normalizeAudio } from './audio'
import type { createFfmpeg, Probe } from './ffmpeg'
import { sha256File } from './fixity'
import { makeHlsLadder } from './hls'
import { type Identified, identify } from './identify'
import { makeImageDerivatives } from './images'
import { makeSprite } from './sprite'
import { makePoster, makeWebMp4 } from './video'

type Sharp = typeof sharpModule
type Ffmpeg = ReturnType<typeof createFfmpeg>

export type Step =
  | 'identify'
  | 'checksum'
  | 'probe'
  | 'images'
  | 'web-mp4'
  | 'poster'
  | 'hls'
  | 'sprite'
  | 'loudness'
  | 'waveform'
  | 'done'
export type OnProgress = (step: Step, percent: number) => void

export type Manifest = {
  source: { name: string; bytes: number; sha256: string; identified: Identified; probe: Probe | null }
  files: Record<string, string>
}

/** Share of the whole job each video step takes, so one percentage can be shown to the officer. */
const VIDEO_STEPS: [Step, number, number][] = [
  ['web-mp4', 5, 40],
  ['poster', 40, 42],
  ['hls', 42, 92],
  ['sprite', 92, 99],
]

/**
 * The whole job for one uploaded file: identify by content, checksum while streaming, probe, then the
 * derivatives its kind needs, then `manifest.json`. Output names are relative to `outDir`. The original is
 * only read. A video without a picture is treated as audio.
 */
export async function processFile(
  deps: { sharp: Sharp; ff: Ffmpeg },
  input: string,
  outDir: string,
  options: { name?: string; onProgress?: OnProgress } = {},
): Promise<Manifest> {
  const name = options.name ?? path.basename(input)
  const report = options.onProgress ?? (() => {})
  report('identify', 0)
  const identified = await identify(input, name)
  report('checksum', 1)
  const [sha256, { size }] = await Promise.all([sha256File(input), stat(input)])
  report('probe', 4)
  const probe = identified.kind === 'video' || identified.kind === 'audio' ? await deps.ff.probe(input, name) : null
  const files: Record<string, string> = {}
  const rel = (file: string) => path.relative(outDir, file)

  if (identified.kind === 'image') {
    report('images', 5)
    for (const d of await makeImageDerivatives(deps.sharp, input, path.join(outDir, 'images'), 'image'))
      files[`image-${d.format}-${d.width}`] = rel(d.file)
  } else if (identified.kind === 'video' && probe?.video) {
    const within = (step: Step) => {
      const [, from, to] = VIDEO_STEPS.find(([s]) => s === step) ?? [step, 0, 100]
      return (percent: number) => report(step, from + ((to - from) * percent) / 100)
    }
    await makeWebMp4(deps.ff, input, path.join(outDir, 'web.mp4'), within('web-mp4'))
    files.webMp4 = 'web.mp4'
    within('poster')(0)
    await makePoster(deps.ff, input, path.join(outDir, 'poster.jpg'))
    files.poster = 'poster.jpg'
    within('hls')(0)
    const hls = await makeHlsLadder(deps.ff, input, path.join(outDir, 'hls'))
    files.hlsMaster = rel(hls.master)
    within('sprite')(0)
    await makeSprite(deps.ff, input, path.join(outDir, 'sprite.jpg'), path.join(outDir, 'sprite.vtt'))
    Object.assign(files, { sprite: 'sprite.jpg', spriteVtt: 'sprite.vtt' })
  } else if (probe?.audio) {
    report('loudness', 10)
    const audio = await normalizeAudio(deps.ff, input, path.join(outDir, 'audio'), 'audio')
    Object.assign(files, { mp3: rel(audio.mp3), opus: rel(audio.opus) })
    report('waveform', 80)
    await makeWaveform(deps.ff, input, path.join(outDir, 'waveform.json'))
    files.waveform = 'waveform.json'
  }
  const manifest: Manifest = { source: { name, bytes: size, sha256, identified, probe }, files }
  await writeAtomically(path.join(outDir, 'manifest.json'), (temporary) =>
    writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`),
  )
  report('done', 100)
  return manifest
}
