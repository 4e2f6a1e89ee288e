import { describe, expect, it } from 'vitest'

import type { DcStatement } from '../content/snapshot'
import { dublinCoreMeta } from './dublinCoreMeta'

const record: DcStatement[] = [
  { element: 'title', value: 'Lễ hội Katê', lang: 'vi' },
  { element: 'description', value: 'Tết của người Chăm', lang: 'vi' },
  { element: 'description', value: 'The Cham new year', lang: 'en' },
  { element: 'type', value: 'Event' },
  { element: 'publisher', value: 'Di sản số', lang: 'vi' },
  { element: 'publisher', value: 'Di sản số (Digital Heritage)', lang: 'en' },
]

describe('dublinCoreMeta', () => {
  it("keeps the page's language and the language-neutral statements", () => {
    expect(dublinCoreMeta(record, 'vi')).toEqual([record[0], record[1], record[3], record[4]])
  })

  it('keeps an untranslated element in the language it is in', () => {
    expect(dublinCoreMeta(record, 'en')).toEqual([record[0], record[2], record[3], record[5]])
  })
})
