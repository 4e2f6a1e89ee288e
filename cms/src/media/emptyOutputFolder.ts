import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { mediaDirs } from './workflow'

/**
 * Before the workflow writes a file's derivatives, its output folder is emptied: nothing left there (by an
 * earlier run, or by a deleted record that once had this id) can be listed, copied or served as this file's.
 */
export async function emptyOutputFolder(payload: Payload, id: string | number): Promise<void> {
  const root = path.resolve(mediaDirs(payload).derivatives)
  const folder = path.resolve(root, String(id))
  if (path.dirname(folder) === root) await rm(folder, { recursive: true, force: true })
}
