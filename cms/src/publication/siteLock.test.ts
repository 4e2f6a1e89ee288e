import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { withSiteLock } from './siteLock'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('withSiteLock', () => {
  it('lets only one holder in at a time, in the order they came', async () => {
    const order: string[] = []
    const hold = (name: string, ms: number) =>
      withSiteLock(dir, async () => {
        order.push(`${name} in`)
        await new Promise((resolve) => setTimeout(resolve, ms))
        order.push(`${name} out`)
        return name
      })
    expect(await Promise.all([hold('a', 300), hold('b', 10)])).toEqual(['a', 'b'])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out'])
    expect(existsSync(path.join(dir, 'site.lock'))).toBe(false)
  })

  it('releases the lock when the work fails', async () => {
    await expect(withSiteLock(dir, async () => Promise.reject(new Error('[site] build failed')))).rejects.toThrow(
      'build failed',
    )
    expect(await withSiteLock(dir, async () => 'next')).toBe('next')
  })

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    mkdirSync(path.join(dir, 'site.lock'))
    writeFileSync(path.join(dir, 'site.lock', 'owner'), dead.stdout)
    expect(await withSiteLock(dir, async () => 'taken over')).toBe('taken over')
  })
})
