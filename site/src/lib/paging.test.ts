import { describe, expect, it } from 'vitest'

import type { SnapshotItem } from '../content/snapshot'
import { PAGE_SIZE, pagedPaths, pagePath, pagerNumbers } from './paging'

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `item-${i + 1}` }) as SnapshotItem)

describe('paged listings', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, 0, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, 0, 10]],
    [10, 10, [1, 0, 8, 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i shows %j (0 = gap)', (page, pages, expected) => {
    expect(pagerNumbers(page, pages)).toEqual(expected)
  })

  it.each([
    ['/loai/festival/', 1, '/loai/festival/'],
    ['/loai/festival/', 2, '/loai/festival/trang/2/'],
  ])('%s page %i is at %s', (base, page, expected) => {
    expect(pagePath(base, page)).toBe(expected)
  })

  it('cuts a listing into pages of PAGE_SIZE in both languages, first page without a segment', () => {
    const paths = pagedPaths([{ params: { kind: 'festival' }, props: { kind: 'festival' }, items: items(50) }])
    expect(PAGE_SIZE).toBe(24)
    expect(paths.map((p) => [p.params.locale, p.params.page, p.props.items.length, p.props.page])).toEqual([
      [undefined, undefined, PAGE_SIZE, 1],
      ['en', undefined, PAGE_SIZE, 1],
      [undefined, 'trang/2', PAGE_SIZE, 2],
      ['en', 'trang/2', PAGE_SIZE, 2],
      [undefined, 'trang/3', 2, 3],
      ['en', 'trang/3', 2, 3],
    ])
    expect(paths[4]?.props).toMatchObject({ kind: 'festival', pages: 3, total: 50 })
    expect(paths[4]?.props.items.map((item) => item.slug)).toEqual(['item-49', 'item-50'])
  })

  it('keeps the page of an empty listing', () => {
    const paths = pagedPaths([{ params: { slug: 'x' }, props: {}, items: [] }])
    expect(paths.map((p) => [p.params.page, p.props.pages, p.props.items.length])).toEqual([
      [undefined, 1, 0],
      [undefined, 1, 0],
    ])
  })
})
