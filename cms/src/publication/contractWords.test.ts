import { KINDS } from '@di-san-so/site/snapshot'
import { describe, expect, it } from 'vitest'

import { HERITAGE_KINDS } from '../lib/heritageKinds'

describe('the snapshot contract and the cms', () => {
  it('know the same kinds of heritage (the contract declares them; the cms describes each)', () => {
    expect([...KINDS].sort()).toEqual(Object.keys(HERITAGE_KINDS).sort())
  })
})
