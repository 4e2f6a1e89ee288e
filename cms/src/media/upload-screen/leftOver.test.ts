import { describe, expect, it } from 'vitest'

import { leftOver, uploadIdOf } from './leftOver'
import type { UnfinishedUpload } from './useUnfinishedUploads'

const upload = (id: string, filename: string, offset: number, size = 100): UnfinishedUpload => ({
  id,
  filename,
  size,
  offset,
  accessLevel: 'restricted',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-01-02T00:00:00.000Z',
})

describe('leftOver', () => {
  const server = [upload('a1', 'sending.jpg', 10), upload('b2', 'other.jpg', 20), upload('c3', 'done.jpg', 100)]

  it('keeps only the unfinished uploads no file of the screen is sending or has finished', () => {
    const files = [{ name: 'sending.jpg', size: 100, tus: { uploadUrl: 'http://x/api/uploads/a1' } }]
    expect(leftOver(server, files, new Set()).map((u) => u.id)).toEqual(['b2'])
    const finished = [{ name: 'x', response: { uploadURL: '/api/uploads/b2' } }]
    expect(leftOver(server, finished, new Set()).map((u) => u.id)).toEqual(['a1'])
  })

  it('hides a cancelled upload and one started whose URL is not known yet', () => {
    expect(leftOver(server, [], new Set(['a1'])).map((u) => u.id)).toEqual(['b2'])
    const starting = [{ name: 'other.jpg', size: 100, progress: { uploadStarted: 1 } }]
    expect(leftOver(server, starting, new Set()).map((u) => u.id)).toEqual(['a1'])
    const waiting = [{ name: 'other.jpg', size: 100, progress: { uploadStarted: null } }]
    expect(leftOver(server, waiting, new Set()).map((u) => u.id)).toEqual(['a1', 'b2'])
  })

  it('reads the id at the end of an upload URL', () => {
    expect(uploadIdOf('/api/uploads/abc%20d/')).toBe('abc d')
    expect(uploadIdOf('http://h/api/uploads/abc?x=1')).toBe('abc')
    expect(uploadIdOf('/api/uploads/%E0')).toBe('%E0')
  })
})
