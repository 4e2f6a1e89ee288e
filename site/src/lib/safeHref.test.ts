import { describe, expect, it } from 'vitest'

import { safeHref } from './safeHref'

describe('safeHref', () => {
  it.each([
    ['https://creativecommons.org/licenses/by/4.0/', 'https://creativecommons.org/licenses/by/4.0/'],
    ['http://example.org/a?b=c', 'http://example.org/a?b=c'],
    ['/di-san/le-hoi-kate/', '/di-san/le-hoi-kate/'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['//evil.example/', undefined],
    ['/\\evil.example/', undefined],
    ['di-san/x', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected)
  })
})
