import { describe, expect, it } from 'vitest'

import { inList, quote, searchFilter } from './filters'
import { fromSearchResponse, searchRequest } from './query'

describe('Meilisearch filters and queries', () => {
  it.each([
    ['Chăm', '"Chăm"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['a\\" OR access = "restricted', '"a\\\\\\" OR access = \\"restricted"'],
  ])('quotes %s as %s', (value, expected) => {
    expect(quote(value)).toBe(expected)
  })

  it('filters by language, then by each chosen facet', () => {
    expect(searchFilter('vi', { group: ['Ê Đê', 'Chăm'], decade: ['2020'], kind: [] })).toEqual([
      'locale = "vi"',
      'group IN ["Ê Đê", "Chăm"]',
      'decade IN ["2020"]',
    ])
    expect(inList('recordId', ['1', '2'])).toBe('recordId IN ["1", "2"]')
  })

  it('refuses to filter on anything but the four facets', () => {
    expect(() => searchFilter('vi', { access: ['restricted'] } as never)).toThrow('Not a search facet: access')
  })

  it('builds the search box request: exact spellings appended, facets asked for, last-word matching', () => {
    expect(searchRequest('đường Ê Đê', 'vi', { group: ['Ê Đê'] })).toEqual({
      q: 'đường Ê Đê dduwowngf ee ddee',
      filter: ['locale = "vi"', 'group IN ["Ê Đê"]'],
      facets: ['group', 'kind', 'province', 'decade'],
      limit: 20,
      matchingStrategy: 'last',
      attributesToRetrieve: ['title', 'summary', 'url', 'thumbnail'],
    })
  })

  it('reads a response into what the search box shows', () => {
    expect(
      fromSearchResponse({
        hits: [{ title: 'Lễ hội Katê', summary: 'Lễ hội lớn nhất năm', url: '/di-san/le-hoi-kate/', thumbnail: null }],
        facetDistribution: { group: { Chăm: 1 } },
      }),
    ).toEqual({
      results: [{ title: 'Lễ hội Katê', summary: 'Lễ hội lớn nhất năm', url: '/di-san/le-hoi-kate/' }],
      facets: { group: { Chăm: 1 } },
    })
  })
})
