import path from 'node:path'

/**
 * Where the snapshot is read from: SNAPSHOT_DIR, else `<DATA_DIR>/snapshot` (the exporter's default), with
 * relative paths taken from the repository root. The site is built from the `site/` folder.
 */
export function snapshotDir(env: Record<string, string | undefined> = process.env): string {
  const root = path.resolve(process.cwd(), process.cwd().endsWith(`${path.sep}site`) ? '..' : '.')
  if (env.SNAPSHOT_DIR) return path.resolve(root, env.SNAPSHOT_DIR)
  return path.join(path.resolve(root, env.DATA_DIR || 'data'), 'snapshot')
}
