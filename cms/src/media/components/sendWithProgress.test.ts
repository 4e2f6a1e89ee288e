import { describe, expect, it } from 'vitest'

import { isMediaUpload } from './sendWithProgress'

const BASE = 'http://localhost:3000/admin/collections/media/create'
const withFile = () => {
  const body = new FormData()
  body.append('file', new Blob(['x']), 'a.jpg')
  body.append('_payload', '{}')
  return body
}

describe('which requests go through the progress upload', () => {
  it('the admin saving a media record with its file, new or replaced', () => {
    expect(isMediaUpload('/api/media?depth=0&locale=vi', { method: 'post', body: withFile() }, BASE)).toBe(true)
    expect(isMediaUpload('/api/media/12?depth=0', { method: 'PATCH', body: withFile() }, BASE)).toBe(true)
  })
  it('nothing else: no file, JSON, another collection, a sub-path, a GET', () => {
    const noFile = new FormData()
    noFile.append('_payload', '{}')
    expect(isMediaUpload('/api/media', { method: 'POST', body: noFile }, BASE)).toBe(false)
    expect(isMediaUpload('/api/media', { method: 'POST', body: '{}' }, BASE)).toBe(false)
    expect(isMediaUpload('/api/people', { method: 'POST', body: withFile() }, BASE)).toBe(false)
    expect(isMediaUpload('/api/media/12/process-again', { method: 'POST', body: withFile() }, BASE)).toBe(false)
    expect(isMediaUpload('/api/media', { method: 'GET', body: withFile() }, BASE)).toBe(false)
    expect(isMediaUpload('/api/media', undefined, BASE)).toBe(false)
  })
})
