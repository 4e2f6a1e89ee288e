import { readFileSync } from 'node:fs'
import path from 'node:path'

// The baseline reads the same snapshot JSON and cuts the same listings into the same pages as the site,
// with plain markup: what Astro costs with nothing of ours in it.
let snapshot
export const items = () => {
  snapshot ??= JSON.parse(readFileSync(path.join(process.env.SNAPSHOT_DIR ?? '', 'snapshot.json'), 'utf8'))
  return snapshot.items
}

const PAGE_SIZE = 24
const MONTH = new Intl.DateTimeFormat('en', { month: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' })
const solarMonth = (iso) => Number(MONTH.format(new Date(iso)))

/** The listings the site has: by group, kind, place, lunar and solar month. */
export function listings() {
  const all = items()
  const by = (dimension, keysOf) => {
    const map = new Map()
    for (const item of all) for (const key of keysOf(item)) map.set(key, [...(map.get(key) ?? []), item])
    return [...map].map(([key, list]) => ({ dimension, key: String(key), list }))
  }
  return [
    ...by('dan-toc', (item) => item.ethnicGroups),
    ...by('loai', (item) => [item.kind]),
    ...by('dia-danh', (item) => [...new Set([...item.places, ...item.placesIndex])]),
    ...by('am-lich', (item) => (item.time.lunarMonth ? [item.time.lunarMonth] : [])),
    ...by('duong-lich', (item) => (item.time.startDate ? [solarMonth(item.time.startDate)] : [])),
  ]
}

export function pagedPaths() {
  return listings().flatMap(({ dimension, key, list }) =>
    Array.from({ length: Math.ceil(list.length / PAGE_SIZE) }, (_, index) =>
      [undefined, 'en'].map((locale) => ({
        params: { locale, dimension, key, page: index ? `trang/${index + 1}` : undefined },
        props: { locale, list: list.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE) },
      })),
    ).flat(),
  )
}
