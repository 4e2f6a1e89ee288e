import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { itemSchema, jsonLdSchema, publicPath, URL_WORDS } from './snapshot'

const ld = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Lễ hội Katê',
  url: 'https://x/di-san/k/',
  inLanguage: 'vi',
}

describe('the snapshot contract', () => {
  it('refuses a kind, a JSON-LD type or a language it does not declare', () => {
    expect(itemSchema.shape.kind.safeParse('festival').success).toBe(true)
    expect(itemSchema.shape.kind.safeParse('kind.festival').success).toBe(false)
    expect(jsonLdSchema.safeParse({ ...ld, '@type': 'Thing' }).success).toBe(false)
    expect(jsonLdSchema.safeParse({ ...ld, inLanguage: 'fr' }).success).toBe(false)
  })

  it.each([
    ['https://x/media/9/poster.jpg', true],
    ['https://x/media/9/images/anh-1280.webp', true],
    ['https://x/media/9/hls/master.m3u8', false],
    ['https://x/media/9/video.mp4', false],
    ['https://x/media/9/audio.mp3?v=1', false],
  ])('JSON-LD image %s is accepted: %s', (image, accepted) => {
    expect(jsonLdSchema.safeParse({ ...ld, image }).success).toBe(accepted)
  })

  it.each([
    ['vi', URL_WORDS.item, 'le-hoi-kate', '/di-san/le-hoi-kate/'],
    ['en', URL_WORDS.item, 'le-hoi-kate', '/en/di-san/le-hoi-kate/'],
    ['vi', URL_WORDS.group, 'e-de', '/dan-toc/e-de/'],
    ['en', URL_WORDS.openData, undefined, '/en/du-lieu-mo/'],
  ] as const)('publicPath(%s, %s, %s) = %s', (locale, word, slug, path) => {
    expect(publicPath(locale, word, slug)).toBe(path)
  })

  it('still converts to the JSON Schema published beside the snapshot', () => {
    const schema = JSON.stringify(z.toJSONSchema(itemSchema))
    expect(schema).toContain(
      '"enum":["festival","ritual","performing_art","oral_tradition","traditional_knowledge","craft"]',
    )
  })
})
