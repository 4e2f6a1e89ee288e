/** What went wrong, as a stable code the cms translates for officers (vi/en). */
export type MediaErrorCode =
  | 'empty-file'
  | 'unknown-type'
  | 'type-mismatch'
  | 'unsafe-content'
  | 'image-too-large'
  | 'unsupported-codec'
  | 'unsupported-format'
  | 'corrupt'
  | 'disk-full'
  | 'io'

/** Codes that say something about the file itself: trying again cannot help. */
export const PERMANENT_ERRORS: ReadonlySet<MediaErrorCode> = new Set([
  'empty-file',
  'unknown-type',
  'type-mismatch',
  'unsafe-content',
  'image-too-large',
  'unsupported-codec',
  'unsupported-format',
  'corrupt',
])

/**
 * The one error the media pipeline throws. The message is searchable and names the step and the file:
 * `[media] identify failed for "x.mp4": the bytes are a PDF document, not a video`.
 */
export class MediaPipelineError extends Error {
  override readonly name = 'MediaPipelineError'

  constructor(
    readonly code: MediaErrorCode,
    readonly step: string,
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`[media] ${step} failed for "${file}": ${reason}`, options)
  }

  get permanent(): boolean {
    return PERMANENT_ERRORS.has(this.code)
  }
}

const DISK_FULL = /ENOSPC|No space left on device/i

/** A full disk shows up as ENOSPC from Node or as ffmpeg's "No space left on device". */
export const isDiskFull = (error: unknown, text = ''): boolean =>
  DISK_FULL.test(text) ||
  (error instanceof Error && (DISK_FULL.test(error.message) || (error as { code?: string }).code === 'ENOSPC'))

/** Any failure while writing outputs, as a MediaPipelineError (kept as is if it already is one). */
export function outputFailure(error: unknown, step: string, file: string): MediaPipelineError {
  if (error instanceof MediaPipelineError) return error
  if (isDiskFull(error))
    return new MediaPipelineError('disk-full', step, file, 'the disk is full; nothing was kept of this step', {
      cause: error,
    })
  const reason = error instanceof Error ? error.message : String(error)
  return new MediaPipelineError('io', step, file, `the output could not be written (${reason})`, { cause: error })
}
