import { uploadIdOf } from './leftOver'

/** What the check reads of the browser's localStorage (where tus-js-client keeps each upload's address). */
export type UrlStorage = Pick<Storage, 'length' | 'key' | 'getItem'>

/**
 * The id of the server's upload that sending an Uppy file will continue, if any. tus-js-client keeps each
 * upload's address under `tus::<fingerprint>::<n>` (Uppy's fingerprint: `tus-<file.id>-<endpoint>`), and Uppy
 * resumes from the FIRST entry it reads back (in storage order, skipping what is not JSON); an entry without an
 * address makes a new upload.
 */
export function resumedUploadId(fileId: string, endpoint: string, storage: UrlStorage): string | undefined {
  const prefix = `tus::tus-${fileId}-${endpoint}::`
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (!key?.startsWith(prefix)) continue
    let entry: unknown
    try {
      entry = JSON.parse(storage.getItem(key) ?? 'null')
    } catch (error) {
      if (error instanceof SyntaxError) continue
      throw error
    }
    if (entry === null) continue
    const url = (entry as { uploadUrl?: unknown }).uploadUrl
    return typeof url === 'string' && url ? uploadIdOf(url) : undefined
  }
  return undefined
}

/**
 * Whether sending a file picked in the screen continues an upload the server holds unfinished: the upload this
 * browser will resume for this very file (same name, size, date and folder: Uppy's file id) is one the server
 * lists. Then the server keeps the details the upload began with and the screen asks for none again. A file of
 * the same name and size without it (another device or browser, cleared browser data, another recording cut
 * at the same size, an upload gone since) starts a new upload, which needs its details like any other.
 */
export const continuesUnfinished = (
  file: { id: string },
  uploads: readonly { id: string }[],
  endpoint: string,
  storage: UrlStorage,
): boolean => {
  const resumed = resumedUploadId(file.id, endpoint, storage)
  return resumed !== undefined && uploads.some((upload) => upload.id === resumed)
}
