import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import path from 'node:path'

/** Where built sites live, beside the served `site` (a symbolic link to one of them). */
export const BUILDS = 'site-builds'

/**
 * Serves `build` (a folder under `<dataDir>/site-builds/`) as `<dataDir>/site` in one atomic step: a new link is
 * made beside the served one and renamed over it, so a visitor always finds the old site or the new one, whole,
 * and never a missing or half-written folder. Older builds are then removed. A `site` that is still a plain
 * folder (an install from before issue 14) is moved under `site-builds/` first.
 */
export async function swapSite(dataDir: string, build: string): Promise<void> {
  const served = path.join(dataDir, 'site')
  const builds = path.join(dataDir, BUILDS)
  const next = path.join(dataDir, `.site-next-${process.pid}`)
  await rm(next, { force: true })
  await symlink(path.relative(dataDir, build), next, 'dir')
  const current = await readlink(served).catch(() => null)
  if (current === null && (await stat(served).catch(() => null))?.isDirectory()) {
    await mkdir(builds, { recursive: true })
    await rename(served, path.join(builds, `before-issue-14-${Date.now()}`))
  }
  await rename(next, served)
  for (const entry of await readdir(builds))
    if (path.join(builds, entry) !== path.resolve(build))
      await rm(path.join(builds, entry), { recursive: true, force: true })
}
