'use client'
import { useEffect } from 'react'

/**
 * What the file input accepts: on a phone, image and video types make the browser offer the camera and the
 * gallery (no `capture`, which would force the camera), audio the recorder, and the rest the files app.
 * Payload renders the input's `accept` only from `upload.mimeTypes`, which would also make the server judge
 * files by the browser's claim (we judge by the bytes), so it is set here on every file input it renders.
 */
export const CAMERA_ACCEPT = 'image/*,video/*,audio/*,application/pdf,.pdf,text/vtt,.vtt'

export function useCameraChoice(): void {
  useEffect(() => {
    const mark = () => {
      for (const input of document.querySelectorAll<HTMLInputElement>('.file-field input[type="file"]:not([accept])'))
        input.accept = CAMERA_ACCEPT
    }
    mark()
    const observer = new MutationObserver(mark)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])
}
