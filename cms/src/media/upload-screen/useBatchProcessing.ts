'use client'
import { useEffect, useRef, useState } from 'react'

import { isActive, type ProcessingView } from '../components/useProcessing'

/** How often the states still moving are asked for. */
const EVERY_MS = 3_000
/** Records asked for in one request: a festival's 300 files are three requests, not 300. */
const PAGE = 100

type Processing = ProcessingView['processing']

/**
 * The processing state of every finished file of the batch, asked for every few seconds in a few list
 * requests (`where[id][in]`) rather than one poll per record: 300 records polled one by one every 1.5 s
 * flood the server the officer is still uploading to. Only states unknown, queued or running are asked for.
 */
export function useBatchProcessing(ids: string[]): Map<string, Processing> {
  const [states, setStates] = useState<Map<string, Processing>>(new Map())
  const wanted = useRef<string[]>([])
  wanted.current = ids.filter((id) => !states.has(id) || isActive(states.get(id)?.status))
  useEffect(() => {
    const controller = new AbortController()
    let busy = false
    const ask = async () => {
      const asked = wanted.current
      if (busy || asked.length === 0) return
      busy = true
      const found = new Map<string, Processing>()
      for (let start = 0; start < asked.length; start += PAGE) {
        const query = `where[id][in]=${asked.slice(start, start + PAGE).join(',')}&depth=0&limit=${PAGE}&select[processing]=true`
        const response = await fetch(`/api/media?${query}`, { credentials: 'include', signal: controller.signal })
        if (!response.ok) continue
        for (const doc of ((await response.json()) as { docs: ProcessingView[] }).docs)
          found.set(String(doc.id), doc.processing)
      }
      if (found.size > 0) setStates((before) => new Map([...before, ...found]))
    }
    const timer = setInterval(
      () =>
        void ask()
          .catch((error: unknown) => {
            if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('[upload-screen]', error)
          })
          .finally(() => {
            busy = false
          }),
      EVERY_MS,
    )
    return () => {
      controller.abort()
      clearInterval(timer)
    }
  }, [])
  return states
}
