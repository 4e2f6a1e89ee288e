'use client'
import { useEffect, useState } from 'react'

import type { MediaSummary } from './MediaThumb'

type Id = string | number

/**
 * The media records behind `ids` (caption, original name, kind, thumbnail), fetched with the officer's own
 * session — so a file they may not read stays unnamed. Fetched again when the set of ids changes.
 */
export function useMediaSummaries(ids: Id[], language: string): Map<string, MediaSummary> {
  const [found, setFound] = useState(new Map<string, MediaSummary>())
  const key = [...new Set(ids.map(String))].sort().join(',')
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[id][in]': key,
      depth: '0',
      limit: String(key.split(',').length),
      locale: language === 'en' ? 'en' : 'vi',
    })
    void fetch(`/api/media?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: MediaSummary[] }>) : { docs: [] }))
      .then(({ docs }) => setFound(new Map(docs.map((doc) => [String(doc.id), doc]))))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') throw error
      })
    return () => controller.abort()
  }, [key, language])
  return found
}
