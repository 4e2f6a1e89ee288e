import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { outputFailure } from './MediaPipelineError'

/**
 * Writes through a temporary name beside the target and renames it into place, so a killed run never
 * leaves a half-written derivative under its final name. The temporary file goes if writing fails; a
 * failure that is not already a MediaPipelineError (a full disk, a missing folder) becomes one.
 */
export async function writeAtomically<T>(target: string, write: (temporary: string) => Promise<T>): Promise<T> {
  const temporary = `${target}.partial-${randomBytes(4).toString('hex')}`
  try {
    const result = await write(temporary)
    await rename(temporary, target)
    return result
  } catch (error) {
    await rm(temporary, { force: true, recursive: true })
    throw outputFailure(error, 'write', path.basename(target))
  }
}
