import type { UnfinishedUpload } from './useUnfinishedUploads'

/** What the screen knows of a file in Uppy: its name, size, tus upload URL (once created) and whether it started. */
export type ScreenFile = {
  name?: string
  size?: number | null
  tus?: { uploadUrl?: string | null }
  response?: { uploadURL?: string }
  progress?: { uploadStarted?: number | null }
}

/** The tus id at the end of an upload URL (`/api/uploads/<id>` or absolute). */
export function uploadIdOf(url: string): string {
  const last =
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  try {
    return decodeURIComponent(last)
  } catch (error) {
    if (error instanceof URIError) return last
    throw error
  }
}

/**
 * The unfinished uploads the officer must pick again: those the server holds, not complete, and not
 * already in this screen — a file whose tus URL is the upload's (sending, paused, restored or finished),
 * one the screen cancelled (its termination may still be under way), or a file started but whose URL is
 * not known yet (between the POST and its first byte) with the same name and size.
 */
export function leftOver(
  uploads: UnfinishedUpload[],
  files: ScreenFile[],
  cancelled: ReadonlySet<string>,
): UnfinishedUpload[] {
  const inScreen = new Set(cancelled)
  const starting = new Set<string>()
  for (const file of files) {
    for (const url of [file.tus?.uploadUrl, file.response?.uploadURL]) if (url) inScreen.add(uploadIdOf(url))
    if (!file.tus?.uploadUrl && file.progress?.uploadStarted) starting.add(`${file.name}\u0000${file.size}`)
  }
  return uploads.filter(
    (upload) =>
      upload.offset < upload.size &&
      !inScreen.has(upload.id) &&
      !starting.has(`${upload.filename}\u0000${upload.size}`),
  )
}
