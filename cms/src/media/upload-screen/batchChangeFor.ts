import type { BatchMeta } from './batchMeta'

/**
 * What a change of the batch details changes on one file: each changed detail, unless the officer adjusted
 * that detail on this file (its value is no longer the batch's old one). A file's own place or access level
 * survives a later edit of the batch's caption or place.
 */
export function batchChangeFor(before: BatchMeta, after: BatchMeta, file: Record<string, unknown>): Partial<BatchMeta> {
  const change: Record<string, string> = {}
  for (const key of Object.keys(after) as (keyof BatchMeta)[]) {
    if (after[key] === before[key]) continue
    if ((file[key] ?? '') === before[key]) change[key] = after[key]
  }
  return change as Partial<BatchMeta>
}
