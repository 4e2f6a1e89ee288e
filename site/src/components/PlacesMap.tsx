import { useEffect, useRef } from 'react'

import { MAP_TILES } from '../lib/mapTiles'
import { safeHref } from '../lib/safeHref'

type Point = { name: string; href: string; count: number; latitude: number; longitude: number }

/**
 * A marker's popup, built as DOM nodes: the place name is record text (hostile until escaped), so it goes in
 * as text, never as HTML, and the link only to a site page.
 */
function popupOf(point: Point): HTMLElement {
  const popup = document.createElement('span')
  const link = document.createElement('a')
  const href = safeHref(point.href)
  if (href) link.href = href
  link.textContent = point.name
  popup.append(link, ` (${point.count})`)
  return popup
}

/**
 * Places with heritage on a map (Leaflet, loaded only when the map scrolls into view). Markers are drawn
 * as circles, so nothing but the tiles needs the network; without tiles the markers and the list below
 * still work.
 */
export default function PlacesMap({ points, label }: { points: Point[]; label: string }) {
  const element = useRef<HTMLElement>(null)
  useEffect(() => {
    let map: { remove: () => void } | undefined
    void Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]).then(([{ default: L }]) => {
      if (!element.current || points.length === 0) return
      const leaflet = L.map(element.current, { scrollWheelZoom: false })
      L.tileLayer(`${MAP_TILES}/{z}/{x}/{y}.png`, {
        maxZoom: 12,
        attribution: '&copy; OpenStreetMap',
      }).addTo(leaflet)
      const bounds = L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number]))
      for (const point of points)
        L.circleMarker([point.latitude, point.longitude], { radius: 6 + Math.min(10, point.count), color: '#8a2f12' })
          .bindPopup(() => popupOf(point))
          .addTo(leaflet)
      leaflet.fitBounds(bounds.pad(0.2))
      map = leaflet
    })
    return () => map?.remove()
  }, [points])
  return <section ref={element} aria-label={label} className="places-map" data-testid="places-map" />
}
