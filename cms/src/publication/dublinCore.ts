import { DC_ELEMENTS, type DcElement, type DcStatement, URL_WORDS } from '@di-san-so/site/snapshot'
import { HERITAGE_KINDS, type HeritageKind, LICENCES, type LicenceCode, licenceLabel } from '../lib/heritageKinds'

import {
  type ItemView,
  inLocale,
  LOCALES,
  type Locale,
  populated,
  populatedOne,
  publicMedia,
  publishablePeople,
  recordUrl,
} from './recordView'

export { DC_ELEMENTS, type DcElement, type DcStatement }

const PUBLISHER = { vi: 'Di sản số', en: 'Di sản số (Digital Heritage)' }

/**
 * The 15 Dublin Core elements of a heritage item, derived from its fields (never typed twice), with
 * language tags where the value is in one language. People appear only with their consent.
 */
export function toDublinCore(item: ItemView, { baseUrl }: { baseUrl: string }): DcStatement[] {
  const out: DcStatement[] = []
  const add = (element: DcElement, value: string | null | undefined, lang?: Locale) => {
    if (value && !out.some((s) => s.element === element && s.value === value && s.lang === lang))
      out.push({ element, value, ...(lang ? { lang } : {}) })
  }
  const eachLocale = (element: DcElement, value: Parameters<typeof inLocale<string>>[0]) => {
    for (const lang of LOCALES) add(element, inLocale(value, lang), lang)
  }
  const kind = item.kind && item.kind in HERITAGE_KINDS ? HERITAGE_KINDS[item.kind as HeritageKind] : undefined

  eachLocale('title', item.title)
  eachLocale('description', item.summary)
  for (const lang of LOCALES) {
    if (kind) add('subject', kind.label[lang], lang)
    for (const subject of populated(item.subjects)) add('subject', inLocale(subject.name, lang), lang)
    for (const group of populated(item.ethnicGroups)) add('subject', inLocale(group.name, lang), lang)
  }
  add('creator', item.source?.recordedBy)
  for (const { person } of publishablePeople(item)) add('contributor', person.name)
  for (const lang of LOCALES) add('publisher', PUBLISHER[lang], lang)
  const { startDate, endDate } = item.time ?? {}
  add(
    'date',
    startDate
      ? endDate && endDate !== startDate
        ? `${day(startDate)}/${day(endDate)}`
        : day(startDate)
      : item.source?.recordedOn
        ? day(item.source.recordedOn)
        : undefined,
  )
  if (kind) add('type', kind.dcType)
  for (const media of publicMedia(item)) add('format', media.mimeType)
  for (const lang of LOCALES) add('identifier', recordUrl(baseUrl, lang, URL_WORDS.item, item.slug))
  add('language', 'vie')
  for (const group of populated(item.ethnicGroups))
    for (const language of group.languages ?? []) add('language', language.iso6393)
  for (const group of populated(item.ethnicGroups))
    add('relation', recordUrl(baseUrl, 'vi', URL_WORDS.group, group.slug))
  for (const lang of LOCALES) {
    for (const place of populated(item.places)) add('coverage', inLocale(place.name, lang), lang)
    add('coverage', inLocale(populatedOne(item.owningProvince)?.name, lang), lang)
    if (item.time?.lunarMonth)
      add(
        'coverage',
        lang === 'vi' ? `Tháng ${item.time.lunarMonth} âm lịch` : `Lunar month ${item.time.lunarMonth}`,
        lang,
      )
  }
  eachLocale('source', item.source?.collection)
  const code =
    item.rights?.licence && item.rights.licence in LICENCES ? (item.rights.licence as LicenceCode) : undefined
  const url: string | null | undefined = code && LICENCES[code].url
  if (url) add('rights', url)
  else if (code) for (const lang of LOCALES) add('rights', licenceLabel(code, lang), lang)
  return DC_ELEMENTS.flatMap((element) => out.filter((statement) => statement.element === element))
}

/** An ISO date-time to its calendar day (YYYY-MM-DD). */
const day = (iso: string): string => iso.slice(0, 10)
