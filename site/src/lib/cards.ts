import type { SnapshotItem, SnapshotMedia } from '../content/snapshot'
import { pick, t } from '../i18n/t'
import { type Locale, localizePath, paths } from '../i18n/urls'
import { archive } from './archive'
import { srcset } from './srcset'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** `<source>`/`<img>` for a card: the small AVIF and WebP derivatives, a JPEG fallback. */
function cardPicture(media: SnapshotMedia): string {
  const files = Object.entries(media.files)
  const set = (format: 'avif' | 'webp') => srcset(media, format, 640)
  const fallback =
    files.find(([key]) => key === 'image-webp-320' || key.startsWith('image-jpeg-'))?.[1] ?? media.files.poster
  if (!fallback) return ''
  const sources = (['avif', 'webp'] as const)
    .map(
      (format) =>
        set(format) &&
        `<source type="image/${format}" srcset="${escapeHtml(set(format))}" sizes="(min-width: 40rem) 20rem, 100vw">`,
    )
    .join('')
  return `<picture>${sources}<img src="/${escapeHtml(fallback)}" alt="" width="320" height="213" loading="lazy" decoding="async"></picture>`
}

/**
 * The cards of a list page as one HTML string. Listings render every item once per browse dimension
 * (group, kind, place, calendar), so cards are plain strings rather than components: the build stays
 * close to plain Astro's speed at 10 000 items.
 */
export function cardsHtml(items: SnapshotItem[], locale: Locale, note?: (item: SnapshotItem) => string): string {
  const { media, groups } = archive()
  return items
    .map((item) => {
      const featured = media.get(item.featuredMedia ?? item.media[0] ?? '')
      const groupNames = item.ethnicGroups.map((slug) => pick(groups.get(slug)?.name, locale).text).join(', ')
      return `<li class="card"><a href="${escapeHtml(localizePath(paths.item(item.slug), locale))}">${featured ? cardPicture(featured) : ''}<div class="body"><h3>${escapeHtml(pick(item.title, locale).text)}</h3><p>${escapeHtml(t(locale, `kind.${item.kind}` as 'kind.festival'))} · ${escapeHtml(groupNames)}</p>${note ? `<p class="note">${escapeHtml(note(item))}</p>` : ''}</div></a></li>`
    })
    .join('')
}
