import { describe, expect, it } from 'vitest'

import { DAK_LAK, EDE, PHU_YEN, STIENG, TAY_HOA } from './__fixtures__/sources'
import { indexNames, indexSettings, SETTINGS_VERSION, synonymsFrom } from './settings'

describe('index settings', () => {
  it('makes every spelling of a group a synonym of the others, leaving out forms under three letters', () => {
    const synonyms = synonymsFrom([EDE, STIENG], [])
    expect(synonyms.rhade).toEqual(['anak e de', 'anakede', 'e de', 'ede', 'ra de', 'rade'])
    expect(synonyms['e de']).toContain('rhade')
    expect(synonyms.stieng).toEqual(['s tieng', 'xa dieng', 'xadieng', 'xtieng'])
    expect(synonyms['s tieng']).toContain('xtieng')
    expect(synonyms.de).toBeUndefined()
    expect(Object.values(synonyms).flat()).not.toContain('de')
  })

  it('lets a merged province find its former provinces, not the other way round', () => {
    const synonyms = synonymsFrom([], [DAK_LAK, PHU_YEN, TAY_HOA])
    expect(synonyms['dak lak']).toEqual(['phu yen'])
    expect(synonyms['phu yen']).toBeUndefined()
    expect(Object.keys(synonyms)).toEqual(['dak lak'])
  })

  it('are written down in full, and versioned', () => {
    expect(SETTINGS_VERSION).toBe(1)
    expect(indexSettings({ ede: ['rhade'] })).toEqual({
      searchableAttributes: ['title', 'exact', 'names', 'places', 'summary', 'text'],
      filterableAttributes: [
        'group',
        'kind',
        'province',
        'decade',
        'access',
        'hasVideo',
        'hasAudio',
        'hasTranscript',
        'locale',
        'type',
        'kindCode',
        'lunarMonth',
        'recordId',
        'groupIds',
        'sourceCollection',
      ],
      sortableAttributes: ['year', 'updatedAt', 'title'],
      displayedAttributes: ['*'],
      rankingRules: ['words', 'typo', 'exactness', 'proximity', 'attribute', 'sort'],
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 6, twoTypos: 12 },
        disableOnAttributes: ['exact'],
        disableOnNumbers: true,
      },
      synonyms: { ede: ['rhade'] },
      faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'alpha' } },
      pagination: { maxTotalHits: 5000 },
    })
  })

  it('names the two indexes by audience under a prefix', () => {
    expect(indexNames()).toEqual({ public: 'disanso-public', full: 'disanso-full' })
    expect(indexNames('gialai')).toEqual({ public: 'gialai-public', full: 'gialai-full' })
  })
})
