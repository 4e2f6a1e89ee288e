import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { researcherToken } from './server'
import { type Grant, researcherSearchRules } from './tokens'

const NOW = new Date('2026-11-23T10:00:00.000Z')
const grant = (scope: Grant['scope'], value: string, expiresAt: string): Grant => ({
  scope,
  ...(scope === 'item' ? { item: value } : scope === 'ethnic-group' ? { ethnicGroup: value } : { collection: value }),
  expiresAt,
})

describe('researcher search tokens', () => {
  it('open public records and what the unexpired grants name, and expire with the first grant', () => {
    const rules = researcherSearchRules(
      [
        grant('item', '42', '2026-11-23T10:30:00.000Z'),
        grant('item', '43', '2026-12-01T00:00:00.000Z'),
        grant('ethnic-group', '5', '2026-12-01T00:00:00.000Z'),
        grant('collection', 'phong-tu-lieu "x"', '2026-12-01T00:00:00.000Z'),
        grant('item', '99', '2026-11-22T00:00:00.000Z'), // expired yesterday
      ],
      'disanso-full',
      NOW,
    )
    expect(rules).toEqual({
      searchRules: {
        'disanso-full': {
          filter:
            'access = "public" OR (type = "heritage-items" AND (recordId IN ["42", "43"] OR groupIds IN ["5"] OR sourceCollection IN ["phong-tu-lieu \\"x\\""]))',
        },
      },
      expiresAt: new Date('2026-11-23T10:30:00.000Z'),
    })
  })

  it('open only public records without grants, and never live more than an hour', () => {
    expect(researcherSearchRules([], 'disanso-full', NOW)).toEqual({
      searchRules: { 'disanso-full': { filter: 'access = "public"' } },
      expiresAt: new Date('2026-11-23T11:00:00.000Z'),
    })
    const later = researcherSearchRules([grant('item', '1', '2027-01-01T00:00:00.000Z')], 'disanso-full', NOW)
    expect(later.expiresAt).toEqual(new Date('2026-11-23T11:00:00.000Z'))
  })

  it('is a JWT signed with the search key, carrying the key uid, the rules and the expiry', async () => {
    const apiKey = 'a-search-key-of-at-least-some-length'
    const apiKeyUid = '6062abda-a5aa-4414-ac91-ecd7944c0f8d'
    const { token } = await researcherToken({
      grants: [grant('item', '42', '2026-11-23T10:30:00.000Z')],
      fullIndex: 'disanso-full',
      apiKey,
      apiKeyUid,
      now: NOW,
    })
    const [header, payload, signature] = token.split('.')
    const decode = (part?: string) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))
    expect(decode(header)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(decode(payload)).toEqual({
      apiKeyUid,
      searchRules: {
        'disanso-full': {
          filter: 'access = "public" OR (type = "heritage-items" AND (recordId IN ["42"]))',
        },
      },
      exp: Date.parse('2026-11-23T10:30:00.000Z') / 1000,
    })
    expect(signature).toBe(createHmac('sha256', apiKey).update(`${header}.${payload}`).digest('base64url'))
    expect(() => createHmac('sha256', 'another key').update(`${header}.${payload}`).digest('base64url')).not.toThrow()
    expect(createHmac('sha256', 'another key').update(`${header}.${payload}`).digest('base64url')).not.toBe(signature)
  })
})
