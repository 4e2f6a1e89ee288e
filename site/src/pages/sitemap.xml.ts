import type { APIRoute } from 'astro'

import { localizePath, paths } from '../i18n/urls'
import { archive, KINDS } from '../lib/archive'
import { calendarMonths } from '../lib/calendar'

/** Every public page in both languages, each with its hreflang alternate. */
export const GET: APIRoute = ({ site }) => {
  const base = site?.toString().replace(/\/$/, '') ?? ''
  const { items, groups, people } = archive()
  const pages = [
    paths.home(),
    paths.groups(),
    paths.places(),
    paths.calendar(),
    paths.search(),
    paths.about(),
    paths.openData(),
    ...KINDS.map(paths.kind),
    ...calendarMonths(items).map((month) => paths.calendarMonth(month.key)),
    ...items.map((item) => paths.item(item.slug)),
    ...[...groups.keys()].map(paths.group),
    ...[...people.keys()].map(paths.person),
  ]
  const xml = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
  const entry = (page: string) =>
    (['vi', 'en'] as const)
      .map(
        (locale) =>
          `<url><loc>${xml(`${base}${localizePath(page, locale)}`)}</loc>${(['vi', 'en'] as const)
            .map(
              (alt) =>
                `<xhtml:link rel="alternate" hreflang="${alt}" href="${xml(`${base}${localizePath(page, alt)}`)}"/>`,
            )
            .join('')}</url>`,
      )
      .join('')
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${pages.map(entry).join('')}</urlset>\n`
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } })
}
