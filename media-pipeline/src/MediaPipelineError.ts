/** What went wrong, as a stable code the cms translates for officers (vi/en). */
export type MediaErrorCode =
  | 'empty-file'
  | 'unknown-type'
  | 'type-mismatch'
  | 'unsafe-content'
  | 'image-too-large'
  | 'corrupt'
  | 'io'

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
}
