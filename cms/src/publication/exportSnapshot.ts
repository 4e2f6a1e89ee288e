import type { Snapshot } from '@di-san-so/site/snapshot'
import type { Payload } from 'payload'

import { mediaDirs } from '../media/workflow'
import { buildPublicViews } from './publicViews'
import { writeSnapshot } from './writeSnapshot'

export type SnapshotExported = { snapshot: Snapshot; files: number; bytes: number }

/**
 * Exports the publication snapshot from the running Payload (no second boot): the public views, written with
 * their public derivative files to `outDir`, swapped in whole. `onProgress` counts media copied.
 */
export async function exportSnapshot(
  payload: Payload,
  {
    outDir,
    siteUrl,
    onProgress,
  }: { outDir: string; siteUrl: string; onProgress?: (done: number, total: number) => void },
): Promise<SnapshotExported> {
  const { snapshot, captionOriginals } = await buildPublicViews(payload, { siteUrl })
  const written = await writeSnapshot(snapshot, outDir, { ...mediaDirs(payload), captionOriginals }, onProgress)
  return { snapshot, ...written }
}
