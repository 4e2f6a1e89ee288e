'use client'
import type { Meta, Uppy } from '@uppy/core'
import type { TusBody } from '@uppy/tus'
import { useEffect, useRef, useState } from 'react'

import { leftOver, uploadIdOf } from './leftOver'

export type UnfinishedUpload = {
  id: string
  filename: string
  size: number
  offset: number
  /** The access level the record will get: a file picked again keeps the details its upload began with. */
  accessLevel: 'restricted' | 'community' | 'public'
  createdAt: string
  expiresAt: string
}

/** How often the list is asked again while the screen stays open (another tab or device may finish or add one). */
const REFRESH_MS = 30_000

/**
 * The signed-in user's unfinished tus uploads (GET /api/uploads/mine) that this screen is not already sending,
 * so it can offer to continue them. Asked again when a file finishes, fails or is cancelled, when files are
 * restored, and every 30 s; a file that gets its upload URL hides its upload at once.
 */
export function useUnfinishedUploads(uppy: Uppy<Meta, TusBody> | undefined): UnfinishedUpload[] {
  const [uploads, setUploads] = useState<UnfinishedUpload[]>([])
  const [, setFilesChanged] = useState(0)
  const cancelled = useRef(new Set<string>())
  useEffect(() => {
    const controller = new AbortController()
    // Answers may arrive out of order: an older one never replaces a newer.
    let asked = 0
    let shown = 0
    const load = () => {
      const mine = ++asked
      return fetch('/api/uploads/mine', { credentials: 'include', cache: 'no-store', signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) return
          const body = (await response.json()) as { uploads?: UnfinishedUpload[] }
          if (!Array.isArray(body.uploads) || mine < shown) return
          shown = mine
          setUploads(body.uploads)
        })
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('[upload-screen]', error)
        })
    }
    void load()
    const timer = setInterval(load, REFRESH_MS)
    if (!uppy) {
      return () => {
        clearInterval(timer)
        controller.abort()
      }
    }
    const known = new Set<string>()
    // A file's upload URL arrives with its first bytes: hide its upload without asking the server again.
    const onProgress = (file: { tus?: { uploadUrl?: string | null } } | undefined) => {
      const url = file?.tus?.uploadUrl
      if (url && !known.has(url)) {
        known.add(url)
        setFilesChanged((n) => n + 1)
      }
    }
    const onRemoved = (file: { tus?: { uploadUrl?: string | null } } | undefined) => {
      const url = file?.tus?.uploadUrl
      if (url) cancelled.current.add(uploadIdOf(url))
      void load()
    }
    const events = ['upload-success', 'upload-error', 'restored', 'complete'] as const
    for (const event of events) uppy.on(event, load)
    uppy.on('upload-progress', onProgress)
    uppy.on('file-removed', onRemoved)
    return () => {
      clearInterval(timer)
      controller.abort()
      for (const event of events) uppy.off(event, load)
      uppy.off('upload-progress', onProgress)
      uppy.off('file-removed', onRemoved)
    }
  }, [uppy])
  return leftOver(uploads, uppy?.getFiles() ?? [], cancelled.current)
}
