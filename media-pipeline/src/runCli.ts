// media-pipeline probe FILE            → what the file is, its checksum and technical metadata (JSON)
// media-pipeline process FILE --out DIR → every derivative, with progress, and DIR/manifest.json
// The command-line tool (started by `cli.ts`): it alone reads the environment, then uses the front door.
import { stat } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { createMediaPipeline } from './createMediaPipeline'
import { MediaPipelineError } from './MediaPipelineError'
import { needsProbe } from './plan'

// npm runs workspace scripts inside the workspace; paths given by the person are relative to where they stood.
const here = (value: string | undefined) =>
  value ? path.resolve(process.env.INIT_CWD ?? process.cwd(), value) : undefined
const [command, fileArg, ...rest] = process.argv.slice(2)
const file = here(fileArg)
const out = here(rest.includes('--out') ? rest[rest.indexOf('--out') + 1] : undefined)
const usage = 'usage: media-pipeline probe FILE | media-pipeline process FILE --out DIR'
const notAFolder = (file: string) =>
  `--out phải là một thư mục, nhưng ${file} là một tệp / --out must be a folder, but ${file} is a file`

/** The `code` of a Node system error (`ENOTDIR`…). */
const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined

/** The file standing where the --out folder, or one of the folders it goes in, should be (none: undefined). */
async function fileOnTheWay(folder: string): Promise<string | undefined> {
  for (let at = folder; ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => null)
    if (info) return info.isDirectory() ? undefined : at
    if (path.dirname(at) === at) return undefined
  }
}

async function main(): Promise<void> {
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(usage)
    console.log('  FFMPEG_PATH, FFPROBE_PATH: the ffmpeg binaries (default: ffmpeg, ffprobe on the PATH)')
    return
  }
  if (!file || (command !== 'probe' && command !== 'process') || (command === 'process' && !out)) {
    console.error(usage)
    process.exitCode = 2
    return
  }
  const pipeline = createMediaPipeline({
    ffmpegPath: process.env.FFMPEG_PATH || 'ffmpeg',
    ffprobePath: process.env.FFPROBE_PATH || 'ffprobe',
    sharp,
  })
  if (command === 'probe') {
    const identified = await pipeline.identify(file)
    const probe = needsProbe(identified) ? await pipeline.probe(file) : null
    console.log(JSON.stringify({ file, identified, sha256: await pipeline.checksum(file), probe }, null, 2))
    return
  }
  const blocking = out && (await fileOnTheWay(out))
  if (blocking) {
    console.error(notAFolder(blocking))
    process.exitCode = 1
    return
  }
  let last = ''
  const manifest = await pipeline.process(file, out ?? '.', {
    onProgress: (step, percent) => {
      const line = `${String(Math.floor(percent)).padStart(3)}% ${step}`
      if (line !== last) process.stderr.write(`${line}\n`)
      last = line
    },
  })
  console.log(JSON.stringify(manifest.files, null, 2))
}

main().catch((error: unknown) => {
  // A file somewhere on the --out path (`--out photo.jpg/derivatives`): said plainly, not as a stack.
  if (codeOf(error) === 'ENOTDIR' || codeOf(error) === 'EEXIST') console.error(notAFolder(out ?? '.'))
  else if (error instanceof MediaPipelineError) console.error(error.message)
  else throw error
  process.exitCode = 1
})
