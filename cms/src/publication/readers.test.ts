import type { Locale } from '@di-san-so/site/snapshot'
import { describe, expect, it } from 'vitest'

import { bothLocales, inLocale, type Localized, refIds, withFallback } from './readers'

describe('record readers', () => {
  it.each<[Localized, Locale, string | undefined]>([
    [{ vi: 'Lễ hội Katê', en: 'Katê festival' }, 'en', 'Katê festival'],
    [{ vi: 'Lễ hội Katê', en: null }, 'en', undefined],
    ['Lễ hội Katê', 'en', 'Lễ hội Katê'],
    // A value that names no locale (a broken copy, a field shaped otherwise) is no text in any language.
    [Object.fromEntries([['vi-399', 'Lễ cúng']]), 'vi', undefined],
  ])('inLocale(%j, %s) = %s', (value, locale, expected) => {
    expect(inLocale(value, locale)).toBe(expected)
  })

  it('falls back to Vietnamese, and carries blank text as empty or null', () => {
    expect(withFallback({ vi: 'Lễ hội Katê', en: null }, 'en')).toBe('Lễ hội Katê')
    expect(bothLocales({ vi: '  ', en: ' ' })).toEqual({ vi: '', en: null })
    expect(bothLocales('Lễ hội Katê')).toEqual({ vi: 'Lễ hội Katê', en: null })
    expect(refIds([1, { id: 'a' }, null, { name: 'no id' }])).toEqual(['1', 'a'])
  })
})
