import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSite } from './buildSite'
import { exportSnapshot } from './exportSnapshot'
import { foldRequests } from './foldRequests'
import { withSiteLock } from './siteLock'
import { BUILDS, swapSite } from './swapSite'

export type RebuildOptions = {
  /** The repository root (the site's sources and tools). */
  root: string
  /** The data folder: `snapshot/`, `site` (served), `site-builds/`, `site.lock/`, `site-build.log`. */
  dataDir: string
  /** The public site's address, for canonical links and JSON-LD. */
  siteUrl: string
  /** The environment of the site's build (its own settings: Meilisearch's public key, page size…). */
  env: NodeJS.ProcessEnv
  /** Where the snapshot goes (default `<dataDir>/snapshot`). */
  snapshotDir?: string
  onProgress?: (done: number, total: number) => void
}
export type SiteRebuilt = { items: number; files: number; bytes: number; site: string; exportSeconds: number }

/**
 * One rebuild, holding the site lock: exports the snapshot from this Payload, builds the site into a new folder
 * under `site-builds/` and swaps it in atomically (`swapSite`). A build that fails leaves no folder behind.
 */
export async function rebuildSite(payload: Payload, options: RebuildOptions): Promise<SiteRebuilt> {
  const { root, dataDir, siteUrl } = options
  const snapshotDir = options.snapshotDir ?? path.join(dataDir, 'snapshot')
  return withSiteLock(dataDir, async () => {
    const started = Date.now()
    const exported = await exportSnapshot(payload, { outDir: snapshotDir, siteUrl, onProgress: options.onProgress })
    const exportSeconds = (Date.now() - started) / 1000
    const build = path.join(dataDir, BUILDS, `${Date.now()}-${process.pid}`)
    try {
      await buildSite({
        root,
        snapshotDir,
        outDir: build,
        siteUrl,
        log: path.join(dataDir, 'site-build.log'),
        env: options.env,
      })
    } catch (error) {
      // A failed build is never served: its half-written folder goes now, not at the next swap.
      await rm(build, { recursive: true, force: true })
      throw error
    }
    await swapSite(dataDir, build)
    return {
      items: exported.snapshot.items.length,
      files: exported.files,
      bytes: exported.bytes,
      site: path.join(dataDir, 'site'),
      exportSeconds,
    }
  })
}

const folded = new Map<string, () => Promise<SiteRebuilt>>()

/**
 * Asks for a rebuild of the site in `options.dataDir`. Never two at once: in this process, a request made while
 * one runs is folded into the next one; across processes (start-up, the job worker, `npm run site:build`) the
 * site lock makes them take turns. The promise settles when a rebuild that began after the request has ended.
 */
export function requestSiteRebuild(payload: Payload, options: RebuildOptions): Promise<SiteRebuilt> {
  let request = folded.get(options.dataDir)
  if (!request) {
    request = foldRequests(() => rebuildSite(payload, options))
    folded.set(options.dataDir, request)
  }
  return request()
}
