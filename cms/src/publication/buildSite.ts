import { spawn } from 'node:child_process'
import { chmod, cp, mkdir, open, readFile, realpath, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where and how to build: the snapshot to read, the folder to write, the public address, and the environment
 * the site's build reads its other settings from (Meilisearch's public key, page size…).
 */
export type SiteBuild = {
  root: string
  snapshotDir: string
  outDir: string
  siteUrl: string
  log: string
  env: NodeJS.ProcessEnv
}

/** Runs one of the site's tools (Astro, Pagefind) with this very Node, its output appended to the log. */
async function run(root: string, bin: string, args: string[], env: SiteBuild['env'], log: string): Promise<void> {
  const script = await realpath(path.join(root, 'node_modules/.bin', bin))
  const out = await open(log, 'a', 0o600)
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [script, ...args], {
        cwd: path.join(root, 'site'),
        env,
        stdio: ['ignore', out.fd, out.fd],
      })
      child.on('error', reject)
      child.on('close', resolve)
    })
    if (code !== 0) {
      const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n')
      throw new Error(`[site] ${bin} failed (${code}):\n${tail}`)
    }
  } finally {
    await out.close()
  }
}

/**
 * Builds the public site from a snapshot: Astro, then Pagefind over its pages — the only processes a rebuild
 * starts. Astro renames its assets into the output folder, which fails across file systems (EXDEV), so when
 * the output is on another disk than the project it builds beside the project and copies the result over.
 */
export async function buildSite({ root, snapshotDir, outDir, siteUrl, log, env: settings }: SiteBuild): Promise<void> {
  await mkdir(path.dirname(outDir), { recursive: true })
  const sameDevice = (await stat(path.join(root, 'site'))).dev === (await stat(path.dirname(outDir))).dev
  const buildDir = sameDevice ? outDir : path.join(root, 'site', '.build-out')
  await rm(buildDir, { recursive: true, force: true })
  // The build log is the archive's own, like everything in the data folder (0600).
  await (await open(log, 'w', 0o600)).close()
  await chmod(log, 0o600)
  const env = { ...settings, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: buildDir, SITE_URL: siteUrl }
  await run(root, 'astro', ['build'], env, log)
  await run(root, 'pagefind', ['--site', buildDir, '--output-subdir', 'pagefind'], env, log)
  if (!sameDevice) {
    await cp(buildDir, outDir, { recursive: true })
    await rm(buildDir, { recursive: true, force: true })
  }
}
