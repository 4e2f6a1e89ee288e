import { uploadIdOf } from './leftOver'

/** What the check reads of the browser's localStorage (where tus-js-client keeps each upload's address). */
export type UrlStorage = Pick<Storage, 'length' | 'key' | 'getItem'>

/**
 * The ids of the server's uploads this browser holds the address of for an Uppy file: tus-js-client keeps it
 * under `tus::<fingerprint>::<n>`, and Uppy's fingerprint is `tus-<file.id>-<endpoint>`.
 */
export function heldUploadIds(fileId: string, endpoint: string, storage: UrlStorage): string[] {
  const prefix = `tus::tus-${fileId}-${endpoint}::`
  const ids: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (!key?.startsWith(prefix)) continue
    try {
      const url = (JSON.parse(storage.getItem(key) ?? 'null') as { uploadUrl?: unknown } | null)?.uploadUrl
      if (typeof url === 'string') ids.push(uploadIdOf(url))
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
    }
  }
  return ids
}

/**
 * Whether sending a file picked in the screen continues an upload the server holds unfinished: this browser
 * kept that upload's address for this very file (same name, size, date and folder: Uppy's file id). Then the
 * server keeps the details the upload began with and the screen asks for none again. A file of the same name
 * and size without that address (another device, cleared browser data, another recording cut at the same
 * size) starts a new upload, which needs its details like any other.
 */
export const continuesUnfinished = (
  file: { id: string },
  uploads: readonly { id: string }[],
  endpoint: string,
  storage: UrlStorage,
): boolean => {
  const held = new Set(heldUploadIds(file.id, endpoint, storage))
  return uploads.some((upload) => held.has(upload.id))
}
