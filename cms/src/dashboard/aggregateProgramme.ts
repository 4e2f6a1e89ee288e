import { HERITAGE_KINDS, type HeritageKind } from '../lib/heritageKinds'

type Id = string | number

export type { Lang } from './sayIn'

import type { Lang } from './sayIn'

/** What the report needs of one heritage item (its latest version). */
export type ItemFacts = {
  kind: string | null
  ethnicGroups: Id[]
  owningProvince: Id | null
  reviewState: string | null
  /** Title and summary both written in English (not Vietnamese shown in their place). */
  translated: boolean
  consentStatus: string | null
  media: Id[]
}

/** Seconds of sound and of moving picture in one processed file. */
export type MediaDuration = { audio: number; video: number }

export type Dimension = 'total' | 'ethnicGroup' | 'kind' | 'province'

export type ReportRow = {
  dimension: Dimension
  /** The group's id, kind or province id ('' for the total and for records that give none). */
  key: string
  name: string
  records: number
  published: number
  translated: number
  consent: number
  audioSeconds: number
  videoSeconds: number
}

type Names = { ethnicGroups: Map<string, string>; provinces: Map<string, string>; none: string; total: string }

/** A share in percent with one decimal (0 of 0 is 0). */
export const percent = (part: number, whole: number): number => (whole ? Math.round((1000 * part) / whole) / 10 : 0)

/** Hours with two decimals. */
export const hours = (seconds: number): number => Math.round(seconds / 36) / 100

class Bucket {
  records = 0
  published = 0
  translated = 0
  consent = 0
  readonly media = new Set<string>()
  add(item: ItemFacts) {
    this.records++
    if (item.reviewState === 'published') this.published++
    if (item.translated) this.translated++
    if (item.consentStatus === 'given') this.consent++
    for (const id of item.media) this.media.add(String(id))
  }
}

/**
 * The programme figures the provincial plans report on: records by ethnic group, kind and province, with
 * how many are published, translated into English and carry consent, and the hours of audio and video of
 * the files they use (each file once per row). A record of two groups counts in both group rows.
 */
export function aggregateProgramme(
  items: readonly ItemFacts[],
  durations: ReadonlyMap<string, MediaDuration>,
  names: Names,
  lang: Lang,
): ReportRow[] {
  const total = new Bucket()
  const groups = new Map<string, Bucket>()
  const kinds = new Map<string, Bucket>()
  const provinces = new Map<string, Bucket>()
  const into = (map: Map<string, Bucket>, key: string, item: ItemFacts) => {
    const bucket = map.get(key) ?? new Bucket()
    map.set(key, bucket)
    bucket.add(item)
  }
  for (const item of items) {
    total.add(item)
    const groupKeys = item.ethnicGroups.length ? item.ethnicGroups.map(String) : ['']
    for (const key of new Set(groupKeys)) into(groups, key, item)
    into(kinds, item.kind ?? '', item)
    into(provinces, item.owningProvince == null ? '' : String(item.owningProvince), item)
  }
  const row = (dimension: Dimension, key: string, name: string, bucket: Bucket): ReportRow => {
    let audioSeconds = 0
    let videoSeconds = 0
    for (const id of bucket.media) {
      audioSeconds += durations.get(id)?.audio ?? 0
      videoSeconds += durations.get(id)?.video ?? 0
    }
    const { records, published, translated, consent } = bucket
    return { dimension, key, name, records, published, translated, consent, audioSeconds, videoSeconds }
  }
  const kindName = (key: string) => HERITAGE_KINDS[key as HeritageKind]?.label[lang] ?? (key || names.none)
  const named = (map: Map<string, string>) => (key: string) => (key ? (map.get(key) ?? `#${key}`) : names.none)
  const rows = (dimension: Dimension, map: Map<string, Bucket>, nameOf: (key: string) => string) =>
    [...map.entries()]
      .map(([key, bucket]) => row(dimension, key, nameOf(key), bucket))
      .sort((a, b) => b.records - a.records || a.name.localeCompare(b.name, 'vi'))
  return [
    row('total', '', names.total, total),
    ...rows('ethnicGroup', groups, named(names.ethnicGroups)),
    ...rows('kind', kinds, kindName),
    ...rows('province', provinces, named(names.provinces)),
  ]
}
