import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** How often a waiting rebuild looks at the lock again. */
const POLL_MS = 250

/**
 * How long a lock may stay without an owner: mkdir and the owner's write are a few milliseconds apart, so a
 * lock older than this with no owner was left by a process that died between them (or a write that failed).
 */
export const OWNERLESS_STALE_MS = 5_000

/** The `code` of a Node system error (`EEXIST`, `ESRCH`…). */
const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined

const alive = (pid: number): boolean => {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return codeOf(error) === 'EPERM'
  }
}

/** The pid a lock folder names (0 when its owner file is empty, missing or not a number). */
const holderOf = async (lock: string): Promise<number> => {
  const text = await readFile(path.join(lock, 'owner'), 'utf8').catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return ''
    throw error
  })
  const pid = Number(text.trim())
  return Number.isSafeInteger(pid) && pid > 0 ? pid : 0
}

/** Whether a lock folder is left over: its owner died, or it has had no owner for longer than a take lasts. */
async function isStale(lock: string, now: number): Promise<boolean> {
  const holder = await holderOf(lock)
  if (holder) return !alive(holder)
  const info = await stat(lock).catch(() => null)
  return info !== null && now - info.mtimeMs > OWNERLESS_STALE_MS
}

/**
 * Takes a stale lock away in one atomic step: the folder is renamed to a name of this waiter's own, so of
 * several waiters that judged it stale only one moves it; that one then looks again at what it moved (a check
 * made just before may be out of date: another waiter may have removed the stale lock and taken a new one in
 * between) and, if it moved a live lock, puts it back. Returns whether a stale lock was removed.
 */
export async function takeOverStale(lock: string, now = Date.now()): Promise<boolean> {
  const moved = `${lock}.stale-${process.pid}-${randomUUID()}`
  try {
    await rename(lock, moved)
  } catch (error) {
    // Another waiter moved it first (ENOENT): nothing of ours to remove.
    if (codeOf(error) === 'ENOENT') return false
    throw error
  }
  if (await isStale(moved, now)) {
    await rm(moved, { recursive: true, force: true })
    return true
  }
  // A live lock: give it back (its holder removes it by its name when done). Should a third waiter have taken
  // the name in these microseconds, theirs stands and this one is dropped.
  await rename(moved, lock).catch(() => rm(moved, { recursive: true, force: true }))
  return false
}

/**
 * Runs `work` holding the data folder's site lock (`<dataDir>/site.lock/`, made with one atomic `mkdir`), so
 * only one rebuild — from start-up, a job or the command line, in whichever process — touches the snapshot
 * and the site folders at a time. A lock left by a process that died, or left without an owner for longer
 * than OWNERLESS_STALE_MS, is taken over (`takeOverStale`). `onWait` is told once when the lock is busy.
 */
export async function withSiteLock<T>(
  dataDir: string,
  work: () => Promise<T>,
  { onWait }: { onWait?: () => void } = {},
): Promise<T> {
  const lock = path.join(dataDir, 'site.lock')
  await mkdir(dataDir, { recursive: true })
  let told = false
  for (;;) {
    try {
      await mkdir(lock)
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error
      if ((await isStale(lock, Date.now())) && (await takeOverStale(lock))) continue
      if (!told) onWait?.()
      told = true
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      continue
    }
    try {
      await writeFile(path.join(lock, 'owner'), String(process.pid))
    } catch (error) {
      // A lock without an owner would make every other rebuild wait: never leave one.
      await rm(lock, { recursive: true, force: true })
      throw error
    }
    break
  }
  try {
    return await work()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}
