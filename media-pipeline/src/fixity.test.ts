import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { sha256File } from './fixity'

describe('sha256File', () => {
  it('equals sha256sum on a 5 MB file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'disanso-fixity-')), 'goc.bin')
    writeFileSync(file, randomBytes(5 * 1024 * 1024))
    const expected = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]
    expect(await sha256File(file)).toBe(expected)
  })

  it('fails with a searchable message when the file is gone', async () => {
    await expect(sha256File('/nonexistent/goc.mp4')).rejects.toThrow(
      '[media] checksum failed for "goc.mp4": the file cannot be read',
    )
  })
})
