import { describe, expect, it } from 'vitest'

import { publicSearchConfig } from './publicSearchConfig'

describe('the public site Meilisearch settings', () => {
  it('are off unless set, and read with the default public index', () => {
    expect(publicSearchConfig({})).toBeNull()
    expect(publicSearchConfig({ PUBLIC_MEILI_URL: 'https://tim.vi-du.vn', PUBLIC_MEILI_SEARCH_KEY: 'k' })).toEqual({
      url: 'https://tim.vi-du.vn',
      key: 'k',
      index: 'disanso-public',
    })
    expect(
      publicSearchConfig({ PUBLIC_MEILI_URL: 'u', PUBLIC_MEILI_SEARCH_KEY: 'k', MEILI_INDEX_PREFIX: 'gialai' })?.index,
    ).toBe('gialai-public')
  })

  it.each([
    [{ PUBLIC_MEILI_URL: 'u' }, 'PUBLIC_MEILI_URL và PUBLIC_MEILI_SEARCH_KEY phải đặt cùng nhau'],
    [
      { PUBLIC_MEILI_URL: 'u', PUBLIC_MEILI_SEARCH_KEY: 'master', MEILI_MASTER_KEY: 'master' },
      'PUBLIC_MEILI_SEARCH_KEY là khóa quản trị',
    ],
    [
      { PUBLIC_MEILI_URL: 'u', PUBLIC_MEILI_SEARCH_KEY: 'k', PUBLIC_MEILI_INDEX: 'disanso-full' },
      'PUBLIC_MEILI_INDEX phải là chỉ mục công khai (…-public), không phải disanso-full',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => publicSearchConfig(env)).toThrow(message)
  })
})
