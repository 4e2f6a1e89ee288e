'use client'
import { useEffect, useState } from 'react'

export type PlaceOption = { id: string | number; name: string }

/** The places this user may read, for the batch's "recorded at" picker (the REST API applies the access rules). */
export function usePlaces(locale: string): PlaceOption[] {
  const [places, setPlaces] = useState<PlaceOption[]>([])
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/places?depth=0&limit=500&sort=name&locale=${locale}&select[name]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (response.ok) setPlaces(((await response.json()) as { docs: PlaceOption[] }).docs)
      })
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('[upload-screen]', error)
      })
    return () => controller.abort()
  }, [locale])
  return places
}
