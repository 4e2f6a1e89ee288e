import { describe, expect, it } from 'vitest'

import { startCmsExpectingExit } from '../helpers/cmsServer'

describe('a production server with bad settings', () => {
  it('exits before listening when DATABASE_URL is not SQLite or MongoDB, naming the variable once', async () => {
    const result = await startCmsExpectingExit({ DATABASE_URL: 'postgres://archivist:s3cret@db/archive' })
    expect(result.code).toBe(78)
    expect(result.listened).toBe(false)
    const lines = result.output.split('\n').filter((line) => line.includes('DATABASE_URL'))
    expect(lines).toEqual([
      '[config] DATABASE_URL="postgres://***@db/archive" không được hỗ trợ / is not supported. ' +
        'Dùng / use: file:./data/archive.db (SQLite, mặc định / default), mongodb://… hoặc / or mongodb+srv://… (MongoDB).',
    ])
    expect(result.output).not.toContain('s3cret')
  })

  it('refuses to start in production without PAYLOAD_SECRET', async () => {
    const result = await startCmsExpectingExit({ PAYLOAD_SECRET: '' })
    expect(result.code).toBe(78)
    expect(result.listened).toBe(false)
    expect(result.output).toContain('[config] Thiếu PAYLOAD_SECRET')
  })
})
