import { describe, expect, it } from 'vitest'

import { imageRole, isPublishedRole, thumbnailOf, widthOfRole } from './roles'

describe('derivative roles (the one list of what each derivative file is for)', () => {
  it.each([
    ['webMp4', true],
    ['hlsMaster', true],
    ['waveform', true],
    ['captions', true],
    ['image-webp-640', true],
    ['image-jpeg-1280', true],
    ['image-gif-640', false],
    ['image-webp-', false],
    ['manifest', false],
    ['__proto__', false],
    [42, false],
  ])('%s is a published role: %s', (key, expected) => {
    expect(isPublishedRole(key)).toBe(expected)
  })

  it('names an image by format and width, and reads the width back', () => {
    expect(imageRole('avif', 320)).toBe('image-avif-320')
    expect(widthOfRole('image-webp-2048')).toBe(2048)
  })

  it('picks the 320 px WebP as the thumbnail, else the poster, else nothing', () => {
    expect(thumbnailOf({ 'image-webp-320': 'images/a-320.webp', poster: 'poster.jpg' })).toBe('images/a-320.webp')
    expect(thumbnailOf({ poster: 'poster.jpg', webMp4: 'web.mp4' })).toBe('poster.jpg')
    expect(thumbnailOf({ mp3: 'audio/audio.mp3' })).toBeUndefined()
    expect(thumbnailOf(null)).toBeUndefined()
  })
})
