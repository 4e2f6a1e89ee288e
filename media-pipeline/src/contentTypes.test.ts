import { describe, expect, it } from 'vitest'

import { contentTypeOf, WEB_CONTENT_TYPES } from './contentTypes'

describe('contentTypeOf (one table for the cms derivatives and the site server)', () => {
  it.each([
    ['hls/master.m3u8', 'application/vnd.apple.mpegurl'],
    ['hls/720p/seg-001.ts', 'video/mp2t'],
    ['audio/audio.opus', 'audio/ogg; codecs=opus'],
    ['waveform.json', 'application/json; charset=utf-8'],
    ['sprite.vtt', 'text/vtt; charset=utf-8'],
    // A derivative folder never serves a page or a script, whatever a file there is called.
    ['trang.html', 'application/octet-stream'],
    ['hoa-van.svg', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('derivative %s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type)
  })

  it('the site server also knows pages, styles, open data and Pagefind', () => {
    expect(contentTypeOf('index.html', WEB_CONTENT_TYPES)).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('du-lieu/items.csv', WEB_CONTENT_TYPES)).toBe('text/csv; charset=utf-8')
    expect(contentTypeOf('pagefind/wasm.vi.pagefind', WEB_CONTENT_TYPES)).toBe('application/octet-stream')
    expect(contentTypeOf('media/7/web.mp4', WEB_CONTENT_TYPES)).toBe('video/mp4')
  })
})
