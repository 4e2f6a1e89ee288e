import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** How often a waiting rebuild looks at the lock again. */
const POLL_MS = 250

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

/**
 * Runs `work` holding the data folder's site lock (`<dataDir>/site.lock/`, made with one atomic `mkdir`), so
 * only one rebuild — from start-up, a job or the command line, in whichever process — touches the snapshot
 * and the site folders at a time. A lock left by a process that died is taken over.
 */
export async function withSiteLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dataDir, 'site.lock')
  const owner = path.join(lock, 'owner')
  await mkdir(dataDir, { recursive: true })
  for (;;) {
    try {
      await mkdir(lock)
      await writeFile(owner, String(process.pid))
      break
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error
      const holder = Number((await readFile(owner, 'utf8').catch(() => '')).trim())
      // An empty owner file is a lock being taken this instant: wait for it like any other.
      if (holder && !alive(holder)) await rm(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}
