'use client'
import type { Meta, Uppy } from '@uppy/core'
import type { TusBody } from '@uppy/tus'
import { useEffect, useState } from 'react'

export type FileState = 'waiting' | 'uploading' | 'paused' | 'failed' | 'done'
export type Progress = {
  sent: number
  total: number
  /** Bytes a second over the last few seconds; 0 when nothing moves. */
  speed: number
  /** Seconds left at that speed; null when it cannot be told (nothing moves). */
  secondsLeft: number | null
}
export type FileProgress = Progress & { id: string; name: string; state: FileState }

/** How far back the speed looks: long enough to smooth a 3G link's bursts, short enough to follow a slowdown. */
const SPEED_WINDOW_MS = 8_000
/** At most one re-render this often, however many progress events the files send. */
const REFRESH_MS = 500

type Sample = { at: number; sent: number }

const stateOf = (file: ReturnType<Uppy<Meta, TusBody>['getFiles']>[number]): FileState => {
  if (file.progress.uploadComplete) return 'done'
  if (file.error) return 'failed'
  if (file.isPaused) return 'paused'
  return file.progress.uploadStarted ? 'uploading' : 'waiting'
}

/**
 * Each file's bytes sent, speed and time left, and the batch's, read from Uppy's state at most twice a second
 * (Uppy's status bar shows only the batch). The speed is measured over the last seconds of each file.
 */
export function useFileProgress(uppy: Uppy<Meta, TusBody> | undefined): { files: FileProgress[]; batch: Progress } {
  const [progress, setProgress] = useState<{ files: FileProgress[]; batch: Progress }>({
    files: [],
    batch: { sent: 0, total: 0, speed: 0, secondsLeft: null },
  })
  useEffect(() => {
    if (!uppy) return
    const samples = new Map<string, Sample[]>()
    let timer: ReturnType<typeof setTimeout> | undefined
    const measure = () => {
      timer = undefined
      const now = Date.now()
      const files: FileProgress[] = uppy.getFiles().map((file) => {
        const state = stateOf(file)
        const total = file.progress.bytesTotal ?? file.size ?? 0
        const sent = state === 'done' ? total : Number(file.progress.bytesUploaded || 0)
        let speed = 0
        if (state === 'uploading') {
          const kept = [...(samples.get(file.id) ?? []), { at: now, sent }].filter(
            (sample) => now - sample.at <= SPEED_WINDOW_MS,
          )
          samples.set(file.id, kept)
          const first = kept[0]
          if (first && now > first.at && sent > first.sent) speed = ((sent - first.sent) * 1000) / (now - first.at)
        } else samples.delete(file.id)
        const secondsLeft = speed > 0 ? (total - sent) / speed : null
        return { id: file.id, name: file.name ?? '', state, sent, total, speed, secondsLeft }
      })
      const sent = files.reduce((sum, file) => sum + file.sent, 0)
      const total = files.reduce((sum, file) => sum + file.total, 0)
      const speed = files.reduce((sum, file) => sum + file.speed, 0)
      setProgress({ files, batch: { sent, total, speed, secondsLeft: speed > 0 ? (total - sent) / speed : null } })
      // While bytes move, measure again even without events, so a stalled link shows its speed falling.
      if (files.some((file) => file.state === 'uploading')) schedule()
    }
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(measure, REFRESH_MS)
    }
    uppy.on('state-update', schedule)
    measure()
    return () => {
      uppy.off('state-update', schedule)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [uppy])
  return progress
}
