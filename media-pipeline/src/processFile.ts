import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type sharpModule from 'sharp'

import { writeAtomically } from './atomicOutput'
import { deriveAudio, deriveImages, deriveStreaming, deriveWebVideo, type Files } from './derivatives'
import type { createFfmpeg, Probe } from './ffmpeg'
import { sha256File } from './fixity'
import { type Identified, identify } from './identify'

type Sharp = typeof sharpModule
type Ffmpeg = ReturnType<typeof createFfmpeg>

export type Step = 'identify' | 'checksum' | 'probe' | 'images' | 'web-mp4' | 'hls' | 'loudness' | 'done'
export type OnProgress = (step: Step, percent: number) => void

export type Manifest = {
  source: { name: string; bytes: number; sha256: string; identified: Identified; probe: Probe | null }
  files: Files
}

/** Share of the whole job each group of steps takes, so one percentage can be shown to the officer. */
const SPANS = {
  images: [5, 99],
  'web-mp4': [5, 40],
  hls: [40, 99],
  loudness: [5, 99],
} as const satisfies Partial<Record<Step, readonly [number, number]>>

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
  const within = (step: keyof typeof SPANS) => {
    const [from, to] = SPANS[step]
    report(step, from)
    return (percent: number) => report(step, from + ((to - from) * percent) / 100)
  }
  report('identify', 0)
  const identified = await identify(input, name)
  report('checksum', 1)
  const [sha256, { size }] = await Promise.all([sha256File(input), stat(input)])
  report('probe', 4)
  const probe = identified.kind === 'video' || identified.kind === 'audio' ? await deps.ff.probe(input, name) : null
  let files: Files = {}
  if (identified.kind === 'image') {
    within('images')
    files = await deriveImages(deps.sharp, input, outDir)
  } else if (identified.kind === 'video' && probe?.video) {
    files = {
      ...(await deriveWebVideo(deps.ff, input, outDir, within('web-mp4'))),
      ...(await deriveStreaming(deps.ff, input, outDir, within('hls'))),
    }
  } else if (probe?.audio) {
    files = await deriveAudio(deps.ff, input, outDir, within('loudness'))
  }
  const manifest: Manifest = { source: { name, bytes: size, sha256, identified, probe }, files }
  await writeAtomically(path.join(outDir, 'manifest.json'), (temporary) =>
    writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`),
  )
  report('done', 100)
  return manifest
}
