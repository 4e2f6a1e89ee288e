import type sharpModule from 'sharp'

import { DERIVE, type Files } from './derivatives'
import { createFfmpeg } from './ffmpeg'
import { sha256File } from './fixity'
import { identify } from './identify'
import type { DerivativeStep } from './plan'
import { type OnProgress, processFile } from './processFile'
import type { Progress } from './video'

/** What the pipeline needs from its caller: the ffmpeg and ffprobe binaries and the sharp module. */
export type MediaPipelineDeps = { ffmpegPath: string; ffprobePath: string; sharp: typeof sharpModule }

/**
 * The media pipeline's front door: every step of `plan` bound to the binaries and sharp the caller
 * resolved (the command-line tool from its environment, the cms from its settings). Reads no environment.
 */
export function createMediaPipeline({ ffmpegPath, ffprobePath, sharp }: MediaPipelineDeps) {
  const ff = createFfmpeg({ ffmpegPath, ffprobePath })
  const deps = { sharp, ff }
  return {
    /** What the bytes are (`identify`), whatever the file is called. */
    identify,
    /** ffprobe's technical metadata; `displayName` is the name shown in errors. */
    probe: (file: string, displayName?: string) => ff.probe(file, displayName),
    /** SHA-256 of the original, streamed. */
    checksum: sha256File,
    /** Image header facts (size, orientation, colour space), read by sharp without decoding pixels. */
    imageFacts: async (file: string) => {
      const { width, height, format, orientation, space, hasProfile } = await sharp(file, {
        limitInputPixels: false,
      }).metadata()
      return { width, height, format, orientation, space, hasProfile }
    },
    /** One derivative step of `plan`: its files by role, written atomically under `outDir`. */
    derive: (step: DerivativeStep, input: string, outDir: string, onProgress?: Progress): Promise<Files> =>
      DERIVE[step](deps, input, outDir, onProgress),
    /** Every step in a row, then `outDir/manifest.json` (the command-line tool). */
    process: (input: string, outDir: string, options?: { name?: string; onProgress?: OnProgress }) =>
      processFile(deps, input, outDir, options),
    ffmpegPath,
    ffprobePath,
  }
}

export type MediaPipeline = ReturnType<typeof createMediaPipeline>
