import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it, vi } from 'vitest'

import { OWNERLESS_STALE_MS, takeOverStale, withSiteLock } from './siteLock'

const failOwnerWrite = vi.hoisted(() => ({ on: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const writeFile: typeof real.writeFile = (file, data, options) =>
    failOwnerWrite.on && String(file).endsWith(`site.lock${path.sep}owner`)
      ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
      : real.writeFile(file, data, options)
  return { ...real, writeFile, default: { ...real, writeFile } }
})

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The pid of a process that has ended. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout

/** A fresh data folder of its own for one test. */
const dataDir = (name: string) => {
  const made = path.join(dir, name)
  mkdirSync(made, { recursive: true })
  return made
}

describe('withSiteLock', () => {
  it('lets only one holder in at a time: a second one waits until the first is out', async () => {
    const order: string[] = []
    let aIn: () => void = () => undefined
    const aHolds = new Promise<void>((resolve) => {
      aIn = resolve
    })
    const hold = (name: string, ms: number) =>
      withSiteLock(dir, async () => {
        order.push(`${name} in`)
        if (name === 'a') aIn()
        await new Promise((resolve) => setTimeout(resolve, ms))
        order.push(`${name} out`)
        return name
      })
    // Two processes racing for the lock get it in no set order (it is a folder made first by one of them):
    // b asks once a holds it.
    const a = hold('a', 300)
    await aHolds
    expect(await Promise.all([a, hold('b', 10)])).toEqual(['a', 'b'])
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
    mkdirSync(path.join(dir, 'site.lock'))
    writeFileSync(path.join(dir, 'site.lock', 'owner'), deadPid())
    expect(await withSiteLock(dir, async () => 'taken over')).toBe('taken over')
  })

  it('takes over a lock left without an owner (a process that died between mkdir and writing its pid)', async () => {
    const data = dataDir('ownerless')
    const lock = path.join(data, 'site.lock')
    mkdirSync(lock)
    const past = new Date(Date.now() - OWNERLESS_STALE_MS - 60_000)
    utimesSync(lock, past, past)
    expect(await withSiteLock(data, async () => 'taken over')).toBe('taken over')
    // …and an empty owner file, the same.
    mkdirSync(lock)
    writeFileSync(path.join(lock, 'owner'), '')
    utimesSync(lock, past, past)
    expect(await withSiteLock(data, async () => 'again')).toBe('again')
    expect(readdirSync(data)).toEqual([])
  }, 10_000)

  it('waits for an ownerless lock that is being taken this instant', async () => {
    const data = dataDir('young')
    const lock = path.join(data, 'site.lock')
    mkdirSync(lock)
    let waited = false
    const taking = withSiteLock(data, async () => 'after', {
      onWait: () => {
        waited = true
        // The taker writes its pid and finishes.
        writeFileSync(path.join(lock, 'owner'), String(process.pid))
        rmSync(lock, { recursive: true })
      },
    })
    expect(await taking).toBe('after')
    expect(waited).toBe(true)
  })

  it('leaves no lock behind when writing its owner fails (a full disk)', async () => {
    const data = dataDir('full')
    failOwnerWrite.on = true
    try {
      await expect(withSiteLock(data, async () => 'never')).rejects.toThrow('ENOSPC')
    } finally {
      failOwnerWrite.on = false
    }
    expect(existsSync(path.join(data, 'site.lock'))).toBe(false)
    expect(await withSiteLock(data, async () => 'next')).toBe('next')
  })
})

describe('takeOverStale', () => {
  it('does not remove a lock another waiter took after this one judged the old one stale', async () => {
    // The check was made on a dead holder's lock; since then another waiter removed it and took the lock.
    const data = dataDir('race')
    const lock = path.join(data, 'site.lock')
    mkdirSync(lock)
    writeFileSync(path.join(lock, 'owner'), String(process.pid))
    expect(await takeOverStale(lock)).toBe(false)
    expect(readFileSync(path.join(lock, 'owner'), 'utf8')).toBe(String(process.pid))
    expect(readdirSync(data)).toEqual(['site.lock'])
  })

  it('lets only one of two waiters remove a stale lock', async () => {
    const data = dataDir('two')
    const lock = path.join(data, 'site.lock')
    mkdirSync(lock)
    writeFileSync(path.join(lock, 'owner'), deadPid())
    // Exactly one removes it; which of the two does is the file system's race, not promised (CI saw either).
    const removed = await Promise.all([takeOverStale(lock), takeOverStale(lock)])
    expect(removed.filter(Boolean)).toHaveLength(1)
    expect(readdirSync(data)).toEqual([])
  })
})
