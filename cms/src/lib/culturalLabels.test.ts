import { describe, expect, it } from 'vitest'

import { LABEL_TYPES, labelIcon } from './culturalLabels'

describe('Local Contexts label set', () => {
  it('holds the 20 TK and 10 BC label types, each named and explained in vi and en', () => {
    expect(LABEL_TYPES.filter((type) => type.category === 'TK')).toHaveLength(20)
    expect(LABEL_TYPES.filter((type) => type.category === 'BC')).toHaveLength(10)
    expect(new Set(LABEL_TYPES.map((type) => type.code)).size).toBe(30)
    for (const type of LABEL_TYPES) {
      for (const text of [type.name.vi, type.name.en, type.text.vi, type.text.en])
        expect(text.length).toBeGreaterThan(3)
    }
  })

  it('draws a badge with the category and initials, and no script', () => {
    const secret = LABEL_TYPES.find((type) => type.code === 'tk-secret-sacred')
    const svg = labelIcon(secret ?? (LABEL_TYPES[0] as never))
    expect(svg).toContain('>TK</text>')
    expect(svg).toContain('>SS</text>')
    expect(svg).not.toMatch(/<script|on\w+=/i)
  })
})
