import type { ServerProps } from 'payload'

import { settingsOf } from '../../config/settings'
import { publicPageUrl } from '../publicPageUrl'
import { sayIn } from '../sayIn'

/**
 * "Xem trang công khai" beside the document controls of a heritage item that has a published, public version:
 * a link to its page on the public site (`SITE_URL`). Reads the published version with the viewer's access.
 */
export async function PublicPageLink({ id, payload, user, i18n }: ServerProps) {
  if (id == null || !user) return null
  const published = await payload
    .findByID({
      collection: 'heritage-items',
      id,
      draft: false,
      depth: 0,
      overrideAccess: false,
      user,
      select: { slug: true, accessLevel: true, _status: true },
      disableErrors: true,
    })
    .catch((error: unknown) => {
      payload.logger.warn({ err: error, msg: `heritage item ${id}: public page link not shown` })
      return null
    })
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const url =
    published &&
    publicPageUrl(
      settingsOf(payload).siteUrl,
      { slug: published.slug, accessLevel: published.accessLevel, published: published._status === 'published' },
      lang,
    )
  if (!url) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-small"
      data-testid="public-page-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      style={{ margin: 0 }}
    >
      {sayIn(lang)('publicPageLink')}
    </a>
  )
}
