import { describe, expect, it } from 'vitest'

import { localeOf, localizePath, stripLocale } from './urls'

describe('URL localisation', () => {
  it.each([
    ['/', 'vi', '/'],
    ['/', 'en', '/en/'],
    ['/di-san/le-hoi-dam-trau/', 'en', '/en/di-san/le-hoi-dam-trau/'],
    ['/en/di-san/le-hoi-dam-trau/', 'vi', '/di-san/le-hoi-dam-trau/'],
    ['/en/di-san/le-hoi-dam-trau/', 'en', '/en/di-san/le-hoi-dam-trau/'],
    ['/en/', 'vi', '/'],
    ['/en', 'vi', '/'],
    ['dan-toc/e-de', 'en', '/en/dan-toc/e-de/'],
    ['/english-names/', 'en', '/en/english-names/'],
  ] as const)('%s in %s → %s', (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected)
  })

  it.each([
    ['/', 'vi', '/'],
    ['/en/', 'en', '/'],
    ['/en/tim-kiem/', 'en', '/tim-kiem/'],
    ['/english-names/', 'vi', '/english-names/'],
  ] as const)('%s is in %s, bare %s', (path, locale, bare) => {
    expect(localeOf(path)).toBe(locale)
    expect(stripLocale(path)).toBe(bare)
  })
})
