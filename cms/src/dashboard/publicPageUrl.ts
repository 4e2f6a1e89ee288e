import type { Env } from '../config/Env'

/** The public site's address: `SITE_URL`, else the one `npm start` serves (`http://localhost:SITE_PORT`). */
export const siteUrlFrom = (env: Env): string =>
  (env.SITE_URL?.trim() || `http://localhost:${env.SITE_PORT?.trim() || '4321'}`).replace(/\/+$/, '')

/**
 * The public page of a heritage item on the static site (`site/src/i18n/urls.ts`: Vietnamese at `/di-san/…/`,
 * English under `/en/`) at `siteUrl` (`settingsOf(payload).siteUrl`). Only a published, public record has one; the slug is made of `[a-z0-9-]`.
 */
export function publicPageUrl(
  siteUrl: string,
  item: { slug?: string | null; accessLevel?: string | null; published: boolean },
  lang: 'vi' | 'en' = 'vi',
): string | null {
  if (!item.published || item.accessLevel !== 'public' || !item.slug) return null
  const path = `${lang === 'en' ? '/en' : ''}/di-san/${encodeURIComponent(item.slug)}/`
  return `${siteUrl}${path}`
}
