/** What an officer sets once for a batch and may adjust per file; the tus Upload-Metadata keys of the contract. */
export type BatchMeta = {
  caption: string
  credit: string
  recordedWhere: string
  recordedAt: string
  accessLevel: 'public' | 'community' | 'restricted'
  /** Required by the media record unless the level is public. */
  accessReason: string
}

export const EMPTY_BATCH: BatchMeta = {
  caption: '',
  credit: '',
  recordedWhere: '',
  recordedAt: '',
  accessLevel: 'restricted',
  accessReason: '',
}

/** The keys sent to the server: the file's name and type (tus `filename`, `filetype`) and the batch keys. */
export const SENT_KEYS = [
  'name',
  'type',
  'caption',
  'credit',
  'recordedWhere',
  'recordedAt',
  'accessLevel',
  'accessReason',
  'languages',
]

/**
 * A file's meta as sent: only the contract's keys, and only those with a value (an empty caption is no caption).
 * A public file has no restriction reason: one kept from the batch (or typed before the file was made public)
 * is not sent.
 */
export function sentMeta(meta: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of SENT_KEYS) {
    const value = meta[key]
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim()
  }
  if (out.accessLevel === 'public') delete out.accessReason
  return out
}
