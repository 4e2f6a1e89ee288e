'use client'
import { useEffect, useState } from 'react'

export type UnfinishedUpload = {
  id: string
  filename: string
  size: number
  offset: number
  createdAt: string
  expiresAt: string
}

/** The signed-in user's unfinished tus uploads (GET /api/uploads/mine), so the screen can offer to continue. */
export function useUnfinishedUploads(): UnfinishedUpload[] {
  const [uploads, setUploads] = useState<UnfinishedUpload[]>([])
  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/uploads/mine', { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return
        const body = (await response.json()) as { uploads?: UnfinishedUpload[] }
        if (Array.isArray(body.uploads)) setUploads(body.uploads.filter((upload) => upload.offset < upload.size))
      })
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('[upload-screen]', error)
      })
    return () => controller.abort()
  }, [])
  return uploads
}
