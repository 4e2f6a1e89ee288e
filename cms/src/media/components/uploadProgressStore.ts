'use client'

/** One upload in flight: bytes sent of the total, when it started and when the last progress came. */
export type UploadProgress = { loaded: number; total: number; startedAt: number; at: number; sent: boolean }

type Listener = (progress: UploadProgress | null) => void
const listeners = new Set<Listener>()
let current: UploadProgress | null = null

/** The upload the admin is sending now (null when none); `subscribe` hears every change. */
export const uploadProgress = {
  get: (): UploadProgress | null => current,
  set(progress: UploadProgress | null): void {
    current = progress
    for (const listener of listeners) listener(progress)
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
