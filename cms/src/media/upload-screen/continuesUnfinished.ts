import type { UnfinishedUpload } from './useUnfinishedUploads'

/**
 * Whether a file picked in the screen is one the server holds unfinished (same name and size, as the list of
 * parts to pick again shows them): sending it continues that upload (tus fingerprint), whose details the
 * server kept when it began, so the screen asks for none of them again.
 */
export const continuesUnfinished = (
  file: { name?: string; size?: number | null },
  uploads: readonly Pick<UnfinishedUpload, 'filename' | 'size'>[],
): boolean => uploads.some((upload) => upload.filename === file.name && upload.size === file.size)
