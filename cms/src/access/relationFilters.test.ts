import { describe, expect, it } from 'vitest'

import {
  type FieldShape,
  guardedRelationPaths,
  narrowRelationFilters,
  RefusedRelationFilter,
  refusedSortPath,
} from './relationFilters'

const fields: FieldShape[] = [
  { name: 'title', type: 'text' },
  { name: 'media', type: 'upload', relationTo: 'media' },
  { name: 'places', type: 'relationship', relationTo: 'places' },
  {
    name: 'people',
    type: 'array',
    flattenedFields: [
      { name: 'person', type: 'relationship', relationTo: 'people' },
      { name: 'role', type: 'select' },
    ],
  },
]
const guarded = guardedRelationPaths(fields)
/** Only file 1 and person 7 are readable. */
const readable = async (collection: string, ids: (string | number)[]) =>
  new Set(ids.map(String).filter((id) => (collection === 'media' ? id === '1' : id === '7')))
const NOTHING = { id: { exists: false } }

describe('narrowRelationFilters', () => {
  it('finds the relations to collections that can hide records, in arrays too, and not the open ones', () => {
    expect([...guarded]).toEqual([
      ['media', 'media'],
      ['people.person', 'people'],
    ])
  })

  it.each([
    [{ media: { in: '1,2' } }, { and: [{ media: { in: ['1'] } }] }],
    [{ media: { equals: 2 } }, { and: [NOTHING] }],
    [{ 'media.id': { equals: '1' } }, { and: [{ 'media.id': { equals: '1' } }] }],
    [{ 'people.person': { contains: '9' } }, { and: [NOTHING] }],
    // Payload's other spellings of the same paths (found by an attacker review)
    [{ people__person: { equals: '9' } }, { and: [NOTHING] }],
    [{ people: { person: { equals: '9' } } }, { and: [NOTHING] }],
    [{ media__id: { equals: 2 } }, { and: [NOTHING] }],
    [{ people__person__id: { in: '7,9' } }, { and: [{ 'people.person.id': { in: ['7'] } }] }],
    [
      { title: { like: 'lễ' }, or: [{ media: { in: [2, 3] } }, { places: { equals: 4 } }] },
      { title: { like: 'lễ' }, or: [{ and: [NOTHING] }, { places: { equals: 4 } }] },
    ],
  ])('narrows %j to readable ids', async (where, expected) => {
    expect(await narrowRelationFilters(where as never, guarded, readable)).toEqual(expected)
  })

  it.each([
    { 'media.caption': { like: 'x' } },
    { 'people.person.name': { equals: 'x' } },
    { media: { not_in: '2' } },
    { media: { exists: true } },
    { and: [{ media: { not_equals: 2 } }] },
    { media__caption: { like: 'x' } },
    { people: { person: { name: { equals: 'x' } } } },
  ])('refuses %j', async (where) => {
    await expect(narrowRelationFilters(where as never, guarded, readable)).rejects.toBeInstanceOf(RefusedRelationFilter)
  })
})

describe('refusedSortPath', () => {
  it.each([
    ['media.transcript', false, 'media.transcript'],
    ['-people__person.name', true, 'people.person.name'],
    ['title,media.caption', true, 'media.caption'],
    [['title', '-media.accessLevel'], true, 'media.accessLevel'],
    ['media', false, 'media'],
    ['media', true, null],
    ['-title,places.name', false, null],
    [undefined, false, null],
  ])('%j (staff: %s) → %j', (sort, throughOnly, expected) => {
    expect(refusedSortPath(sort, guarded, { throughOnly })).toBe(expected)
  })
})
