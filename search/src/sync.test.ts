import { describe, expect, it } from 'vitest'

import { DRAFT, ELDER, RESTRICTED, WHARF } from './__fixtures__/sources'
import { toSearchDocument } from './documents'
import { assertSucceeded, MeiliTaskError } from './server'
import { planSync } from './sync'
import type { HeritageSource } from './types'

const INDEXES = { public: 'disanso-public', full: 'disanso-full' }
const docs = (source: Parameters<typeof toSearchDocument>[0]) => [
  toSearchDocument(source, 'vi'),
  toSearchDocument(source, 'en'),
]
/** What the public index gets: the same, without the fonds (researchers' grants only). */
const publicDocs = (source: Parameters<typeof toSearchDocument>[0]) =>
  docs(source).map((doc) => ({ ...doc, sourceCollection: null }))

describe('sync plans (the batches sent to Meilisearch)', () => {
  it('adds a published public record to both indexes, replacing its documents', () => {
    const { requests } = planSync([{ collection: 'heritage-items', id: '42' }], [WHARF], INDEXES)
    expect(requests).toEqual([
      { index: 'disanso-public', method: 'addDocuments', documents: publicDocs(WHARF) },
      { index: 'disanso-full', method: 'addDocuments', documents: docs(WHARF) },
    ])
  })

  it('moves a record made restricted out of the public index, keeping it in the full one', () => {
    const { requests } = planSync([{ collection: 'heritage-items', id: '43' }], [RESTRICTED], INDEXES)
    expect(requests).toEqual([
      { index: 'disanso-public', method: 'deleteDocuments', ids: ['heritage-items-43-vi', 'heritage-items-43-en'] },
      { index: 'disanso-full', method: 'addDocuments', documents: docs(RESTRICTED) },
    ])
  })

  it('removes an unpublished record and a deleted one from both indexes', () => {
    const { requests } = planSync(
      [
        { collection: 'heritage-items', id: '44' },
        { collection: 'people', id: '9' },
      ],
      [DRAFT],
      INDEXES,
    )
    const ids = ['heritage-items-44-vi', 'heritage-items-44-en', 'people-9-vi', 'people-9-en']
    expect(requests).toEqual([
      { index: 'disanso-public', method: 'deleteDocuments', ids },
      { index: 'disanso-full', method: 'deleteDocuments', ids },
    ])
  })

  it('sends many records in batches, never one call per document, each record once', () => {
    const many: HeritageSource[] = Array.from({ length: 5 }, (_, i) => ({ ...WHARF, id: String(100 + i) }))
    const refs = [...many, ...many].map((s) => ({ collection: s.collection, id: s.id }))
    const { requests } = planSync([...refs, { collection: 'people', id: '3' }], [...many, ELDER], INDEXES, 4)
    expect(requests.map((r) => [r.index, r.method, 'documents' in r ? r.documents.length : r.ids.length])).toEqual([
      ['disanso-public', 'addDocuments', 4],
      ['disanso-public', 'addDocuments', 4],
      ['disanso-public', 'addDocuments', 4],
      ['disanso-full', 'addDocuments', 4],
      ['disanso-full', 'addDocuments', 4],
      ['disanso-full', 'addDocuments', 4],
    ])
  })

  it('removes a record whose document cannot be built from both indexes, and reports it', () => {
    const broken = { ...WHARF, groups: [null] } as unknown as HeritageSource
    const { requests, failed } = planSync([{ collection: 'heritage-items', id: '42' }], [broken], INDEXES)
    const ids = ['heritage-items-42-vi', 'heritage-items-42-en']
    expect(requests).toEqual([
      { index: 'disanso-public', method: 'deleteDocuments', ids },
      { index: 'disanso-full', method: 'deleteDocuments', ids },
    ])
    expect(failed.map((f) => f.id)).toEqual(['42'])
  })

  it('treats a Meilisearch task that resolved as failed as an error, with its reason', () => {
    const task = {
      uid: 17,
      type: 'documentAdditionOrUpdate' as const,
      status: 'failed' as const,
      indexUid: 'disanso-public',
      error: {
        code: 'invalid_document_id',
        message: 'Document identifier `a b` is invalid.',
        type: 'invalid_request',
        link: '',
      },
    }
    expect(() => assertSucceeded(task as never)).toThrow(MeiliTaskError)
    expect(() => assertSucceeded(task as never)).toThrow(
      'Meilisearch task 17 (documentAdditionOrUpdate on disanso-public) failed: invalid_document_id Document identifier `a b` is invalid.',
    )
    expect(() => assertSucceeded({ ...task, status: 'succeeded', error: null } as never)).not.toThrow()
  })
})
