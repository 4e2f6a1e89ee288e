import { describe, expect, it } from 'vitest'
import { formatVietnamTime } from '../review/formatVietnamTime'
import { listHref } from './adminHref'
import { publicPageUrl, siteUrlFrom } from './publicPageUrl'

describe('publicPageUrl', () => {
  const published = { slug: 'le-hoi-dam-trau', accessLevel: 'public', published: true }
  it.each([
    [{}, 'vi', 'http://localhost:4321/di-san/le-hoi-dam-trau/'],
    [{ SITE_PORT: '8080' }, 'en', 'http://localhost:8080/en/di-san/le-hoi-dam-trau/'],
    [{ SITE_URL: 'https://disanso.vn/' }, 'vi', 'https://disanso.vn/di-san/le-hoi-dam-trau/'],
  ] as const)('%o in %s', (env, lang, url) => {
    expect(publicPageUrl(siteUrlFrom(env), published, lang)).toBe(url)
  })
  it('gives none to a draft, a community or restricted record, or one without slug', () => {
    expect(publicPageUrl(siteUrlFrom({}), { ...published, published: false })).toBeNull()
    expect(publicPageUrl(siteUrlFrom({}), { ...published, accessLevel: 'community' })).toBeNull()
    expect(publicPageUrl(siteUrlFrom({}), { ...published, slug: null })).toBeNull()
  })
  it('takes SITE_URL without its trailing slash', () => {
    expect(siteUrlFrom({ SITE_URL: ' https://disanso.vn// ' })).toBe('https://disanso.vn')
  })
})

describe('formatVietnamTime and listHref', () => {
  it('writes dates as dd/MM/yyyy HH:mm in Vietnam’s time', () => {
    expect(formatVietnamTime('2026-11-25T07:50:00.000Z')).toBe('25/11/2026 14:50')
    expect(formatVietnamTime('not a date')).toBe('')
    expect(formatVietnamTime(null)).toBe('')
  })
  it('links to the admin list with the same filter', () => {
    expect(
      listHref('/admin', { and: [{ owningProvince: { in: [3, 4] } }, { reviewState: { equals: 'draft' } }] }),
    ).toBe(
      '/admin/collections/heritage-items?where[and][0][owningProvince][in][0]=3&where[and][0][owningProvince][in][1]=4&where[and][1][reviewState][equals]=draft',
    )
  })
})
