import { describe, expect, it } from 'vitest'

import { continuesUnfinished, resumedUploadId, type UrlStorage } from './continuesUnfinished'

/** A browser's localStorage as tus-js-client leaves it (a plain list of entries, as Storage reads them). */
const storageOf = (entries: Record<string, string>): UrlStorage => {
  const keys = Object.keys(entries)
  return { length: keys.length, key: (i) => keys[i] ?? null, getItem: (key) => entries[key] ?? null }
}
const FILE = 'uppy-le/cung/lua/moi/wav-1e-audio/wav-20975841-1764400000000'
const ENDPOINT = '/api/uploads'
const held = (id: string, file = FILE) => ({
  [`tus::tus-${file}-${ENDPOINT}::0.123`]: JSON.stringify({ uploadUrl: `http://localhost:3000/api/uploads/${id}` }),
})

describe('a file picked again continues an unfinished upload', () => {
  it('when this browser kept that upload’s address for this very file', () => {
    const storage = storageOf({
      ...held('abc123'),
      'tus::tus-other-/api/uploads::1': '{"uploadUrl":"/api/uploads/zzz"}',
    })
    expect(resumedUploadId(FILE, ENDPOINT, storage)).toBe('abc123')
    expect(continuesUnfinished({ id: FILE }, [{ id: 'zzz' }, { id: 'abc123' }], ENDPOINT, storage)).toBe(true)
  })
  it('not for a file with the same name and size but no kept address (another device, cleared data, another recording)', () => {
    const storage = storageOf(held('abc123', 'uppy-le/cung/lua/moi/wav-1e-audio/wav-20975841-1764499999999'))
    expect(continuesUnfinished({ id: FILE }, [{ id: 'abc123' }], ENDPOINT, storage)).toBe(false)
    expect(continuesUnfinished({ id: FILE }, [{ id: 'abc123' }], ENDPOINT, storageOf({}))).toBe(false)
  })
  it('not when the server no longer lists the kept upload (finished, expired or cancelled)', () => {
    expect(continuesUnfinished({ id: FILE }, [{ id: 'other' }], ENDPOINT, storageOf(held('abc123')))).toBe(false)
  })
  it('skips an entry that is not JSON, as tus-js-client does', () => {
    const storage = storageOf({ [`tus::tus-${FILE}-${ENDPOINT}::0.5`]: 'not json', ...held('abc123') })
    expect(resumedUploadId(FILE, ENDPOINT, storage)).toBe('abc123')
  })
  it('follows the first entry only, as Uppy resumes from it: a stale or empty one first means a new upload', () => {
    const stale = { [`tus::tus-${FILE}-${ENDPOINT}::0.1`]: JSON.stringify({ uploadUrl: '/api/uploads/gone' }) }
    const empty = { [`tus::tus-${FILE}-${ENDPOINT}::0.1`]: '{}' }
    const listed = [{ id: 'abc123' }]
    expect(continuesUnfinished({ id: FILE }, listed, ENDPOINT, storageOf({ ...stale, ...held('abc123') }))).toBe(false)
    expect(continuesUnfinished({ id: FILE }, listed, ENDPOINT, storageOf({ ...empty, ...held('abc123') }))).toBe(false)
  })
})
