/** Types a browser shows as a picture or plays as sound or video, never as a page: served inline. */
const INLINE = /^(image\/(jpeg|png|gif|webp|avif|tiff|heic|heif)|audio\/[\w.+-]+|video\/[\w.+-]+)(;|$)/

/** No script, no plugin, no frame, no form, in whatever a browser makes of the file (an opaque origin). */
export const ORIGINAL_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"

/**
 * Headers of an original file (`upload.modifyResponseHeaders`): never sniffed into something else, always
 * under a sandbox; anything that is not a picture, sound or video (PDF, WebVTT…) is a download, so nothing
 * uploaded is ever shown as a document on the CMS's origin.
 */
export function originalHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', ORIGINAL_CSP)
  const type = headers.get('Content-Type')
  if (type && !INLINE.test(type.toLowerCase())) headers.set('Content-Disposition', 'attachment')
  return headers
}
