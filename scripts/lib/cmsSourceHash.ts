// The fingerprint of everything the CMS's production build bundles: cms/ itself and every workspace it depends
// on (read from the package.json files, so a new workspace dependency is covered without editing this list),
// plus the lock file and the base tsconfig. scripts/build-cms.sh rebuilds when it changes.
// Usage: node scripts/lib/cmsSourceHash.ts  → prints the hash
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Build output and installed packages: never sources. */
const NOT_SOURCES = new Set(['node_modules', '.next', 'dist', '.astro', 'next-env.d.ts'])

type Manifest = { name?: string; workspaces: string[]; dependencies: string[] }

/** The parts of a package.json the fingerprint reads: its name, its workspace folders, its dependencies' names. */
function manifest(root: string, dir: string): Manifest {
  const json: unknown = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'))
  if (typeof json !== 'object' || json === null) throw new Error(`[build] ${dir}/package.json is not an object`)
  const field = (key: string): unknown => (key in json ? Reflect.get(json, key) : undefined)
  const name = field('name')
  const workspaces = field('workspaces')
  const dependencies = field('dependencies')
  return {
    name: typeof name === 'string' ? name : undefined,
    workspaces: Array.isArray(workspaces) ? workspaces.filter((entry) => typeof entry === 'string') : [],
    dependencies: typeof dependencies === 'object' && dependencies !== null ? Object.keys(dependencies) : [],
  }
}

/** The workspace folders `workspace` depends on, directly or through another workspace, sorted. */
export function workspaceDependencies(root: string, workspace: string): string[] {
  const byName = new Map(manifest(root, '.').workspaces.map((dir) => [manifest(root, dir).name, dir]))
  const found = new Set<string>()
  const visit = (dir: string) => {
    for (const name of manifest(root, dir).dependencies) {
      const dependency = byName.get(name)
      if (dependency && !found.has(dependency)) {
        found.add(dependency)
        visit(dependency)
      }
    }
  }
  visit(workspace)
  return [...found].sort()
}

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCES.has(entry.name)) return []
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(root, relative)
    return entry.isFile() ? [relative] : []
  })
}

/** Every file the fingerprint covers, relative to `root`, sorted. */
export function cmsSourceFiles(root: string): string[] {
  const folders = ['cms', ...workspaceDependencies(root, 'cms')]
  return [...folders.flatMap((dir) => filesUnder(root, dir)), 'package-lock.json', 'tsconfig.json'].sort()
}

/** One hash over the names and contents of the CMS's sources. */
export function cmsSourceHash(root: string): string {
  const hash = createHash('sha256')
  for (const file of cmsSourceFiles(root)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}

if (import.meta.main) console.log(cmsSourceHash(path.resolve(import.meta.dirname, '../..')))
