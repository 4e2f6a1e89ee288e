'use client'
import { useCallback, useEffect, useState } from 'react'

import type { Media } from '../../payload-types'

export type ProcessingView = Pick<Media, 'id' | 'processing' | 'sha256' | 'derivatives'>

const ACTIVE = new Set(['queued', 'processing', 'retrying'])
export const isActive = (status: string | null | undefined) => ACTIVE.has(status ?? '')

/**
 * The processing state of one media record, fetched again every `everyMs` while it is queued or running,
 * so the officer watches it move without reloading. `refresh()` fetches now (after "process again").
 */
export function useProcessing(id: string | number | undefined, initial?: Partial<ProcessingView>, everyMs = 1500) {
  const [view, setView] = useState<Partial<ProcessingView> | undefined>(initial)
  const refresh = useCallback(async () => {
    if (id == null) return
    const response = await fetch(`/api/media/${id}?depth=0`, { credentials: 'include' })
    if (response.ok) setView((await response.json()) as ProcessingView)
  }, [id])
  const status = view?.processing?.status
  useEffect(() => {
    if (id == null) return
    if (!view) void refresh()
    if (view && !isActive(status)) return
    const timer = setInterval(() => void refresh(), everyMs)
    return () => clearInterval(timer)
  }, [id, status, view, refresh, everyMs])
  return { view, refresh }
}
