import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { writeAtomically } from './atomicOutput'
import { DERIVE, type DeriveDeps, type Files } from './derivatives'
import type { Probe } from './ffmpeg'
import { sha256File } from './fixity'
import { type Identified, identify } from './identify'
import { needsProbe, overallPercent, plan, type Step } from './plan'

export type { Step } from './plan'
/** Progress of the whole job: the step under way and the job's percent (`PROGRESS`), never going back. */
export type OnProgress = (step: Step, percent: number) => void

export type Manifest = {
  source: { name: string; bytes: number; sha256: string; identified: Identified; probe: Probe | null }
  files: Files
}

/**
 * The whole job for one uploaded file, in the steps of `plan` (the cms workflow runs the same steps as
 * resumable tasks): identify by content, probe, checksum, then the derivatives the file needs, then
 * `manifest.json`. Output names are relative to `outDir`. The original is only read.
 */
export async function processFile(
  deps: DeriveDeps,
  input: string,
  outDir: string,
  options: { name?: string; onProgress?: OnProgress } = {},
): Promise<Manifest> {
  const name = options.name ?? path.basename(input)
  const report = options.onProgress ?? (() => {})
  const start = (step: Step) => {
    report(step, overallPercent(step, 0))
    return (percent: number) => report(step, overallPercent(step, percent))
  }
  start('identify')
  const identified = await identify(input, name)
  start('probe')
  const probe = needsProbe(identified) ? await deps.ff.probe(input, name) : null
  start('checksum')
  const [sha256, { size }] = await Promise.all([sha256File(input), stat(input)])
  let files: Files = {}
  for (const step of plan(identified, probe))
    files = { ...files, ...(await DERIVE[step](deps, input, outDir, start(step))) }
  const manifest: Manifest = { source: { name, bytes: size, sha256, identified, probe }, files }
  await writeAtomically(path.join(outDir, 'manifest.json'), (temporary) =>
    writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`),
  )
  start('done')
  return manifest
}
