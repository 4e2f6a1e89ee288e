import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { MediaPipelineError } from './MediaPipelineError'

/** SHA-256 of a file, computed while streaming it (memory stays flat whatever the size). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  try {
    await pipeline(createReadStream(file), hash)
  } catch (cause) {
    throw new MediaPipelineError('io', 'checksum', path.basename(file), 'the file cannot be read', { cause })
  }
  return hash.digest('hex')
}
