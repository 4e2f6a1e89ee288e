import { type JsonLd, URL_WORDS } from '@di-san-so/site/snapshot'

import { HERITAGE_KINDS, type HeritageKind, LICENCES, type LicenceCode } from '../lib/heritageKinds'
import {
  absoluteUrl,
  type ItemView,
  inLocale,
  type Locale,
  type MediaView,
  type PlaceView,
  populated,
  populatedOne,
  publicMedia,
  publishablePeople,
  recordUrl,
  withFallback,
} from './recordView'

type Node = Record<string, unknown>

/**
 * schema.org JSON-LD for a heritage item's page in one language: an Event for festivals and rituals, a
 * CreativeWork for performing arts, oral traditions and knowledge, a Product for crafts. Derived from
 * the record's fields; people are named only with their consent, media only when public. Its text is in one
 * language, the one `inLanguage` names: the page's when the title is translated, else Vietnamese (the archive's
 * source language), as the English page of an untranslated record shows it; a summary not in that language is
 * left out rather than given under the wrong tag.
 */
export function toJsonLd(item: ItemView, { baseUrl, locale }: { baseUrl: string; locale: Locale }): JsonLd {
  const lang: Locale = inLocale(item.title, locale) ? locale : 'vi'
  const kind = item.kind && item.kind in HERITAGE_KINDS ? HERITAGE_KINDS[item.kind as HeritageKind] : undefined
  const type = kind?.schemaType ?? 'CreativeWork'
  const place = populated(item.places)[0] ?? populatedOne(item.owningProvince)
  const licence =
    item.rights?.licence && item.rights.licence in LICENCES ? LICENCES[item.rights.licence as LicenceCode] : undefined
  const featured = populatedOne(item.featuredMedia)
  const shown = [...(featured?.accessLevel === 'public' ? [featured] : []), ...publicMedia(item)]
  const image = absoluteUrl(baseUrl, shown.map(pictureOf).find(Boolean))
  const keywords = [
    ...populated(item.subjects).map((subject) => withFallback(subject.name, lang)),
    ...populated(item.ethnicGroups).map((group) => withFallback(group.name, lang)),
  ].filter(Boolean)

  const description = inLocale(item.summary, lang)
  const doc: JsonLd = {
    '@context': 'https://schema.org',
    '@type': type,
    name: inLocale(item.title, lang) ?? '',
    ...(description ? { description } : {}),
    url: recordUrl(baseUrl, locale, URL_WORDS.item, item.slug) ?? '',
    inLanguage: lang,
    ...(kind ? { [type === 'Product' ? 'category' : 'genre']: kind.label[lang] } : {}),
    ...(keywords.length ? { keywords: keywords.join(', ') } : {}),
    ...(image ? { image } : {}),
    ...(licence?.url ? { license: licence.url } : {}),
  }

  if (type === 'Event') {
    const time = item.time ?? {}
    Object.assign(doc, {
      ...(time.startDate ? { startDate: time.startDate.slice(0, 10) } : {}),
      ...(time.endDate ? { endDate: time.endDate.slice(0, 10) } : {}),
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      ...(place ? { location: placeJsonLd(place, lang) } : {}),
      ...(schedule(time) ? { eventSchedule: schedule(time) } : {}),
    })
    const performers = publishablePeople(item).map(({ person }) => ({ '@type': 'Person', name: person.name }))
    if (performers.length) doc.performer = performers
  } else if (type === 'Product') {
    doc.countryOfOrigin = { '@type': 'Country', name: 'VN' }
  } else {
    if (place) doc.locationCreated = placeJsonLd(place, lang)
    const contributors = publishablePeople(item).map(({ person }) => ({ '@type': 'Person', name: person.name }))
    if (contributors.length) doc.contributor = contributors
  }
  return doc
}

/** A media file's picture for `image`: never a playlist, a video or a sound. */
const pictureOf = (media: MediaView): string | undefined =>
  media.picture ?? (media.kind === 'image' && media.url ? media.url : undefined)

function placeJsonLd(place: PlaceView, locale: Locale): Node {
  const province = ancestorOfType(place, 'province')
  const { latitude, longitude } = place.coordinates ?? {}
  return {
    '@type': 'Place',
    name: withFallback(place.name, locale),
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'VN',
      ...(province ? { addressRegion: withFallback(province.name, locale) } : {}),
    },
    ...(latitude != null && longitude != null ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : {}),
  }
}

function ancestorOfType(place: PlaceView, type: string): PlaceView | undefined {
  for (let current: PlaceView | undefined = place, depth = 0; current && depth < 6; depth += 1) {
    if (current.type === type) return current
    current = populatedOne(current.parent)
  }
  return undefined
}

function schedule(time: NonNullable<ItemView['time']>): Node | undefined {
  if (time.recurrence === 'yearly') return { '@type': 'Schedule', repeatFrequency: 'P1Y' }
  if (time.recurrence === 'every_n_years' && time.recurrenceYears)
    return { '@type': 'Schedule', repeatFrequency: `P${time.recurrenceYears}Y` }
  return undefined
}
