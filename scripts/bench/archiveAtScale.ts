import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { buildConfig, getPayload } from 'payload'

import { archiveConfig } from '../../cms/src/config/archiveConfig'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'

export type ScaleOptions = { items: number; media: number }
export type ScaledArchive = { file: string; items: number; media: number }

/** Tables of a record family: the main table, its locales/rels/arrays and its versions with theirs. */
const FAMILY = /^(_?heritage_items(_v)?|media)(_|$)/

type Table = { name: string; columns: string[]; idType: string; refs: Map<string, string>; unique: Set<string> }

type Db = ReturnType<typeof createClient>

async function describeTable(db: Db, name: string): Promise<Table> {
  const cols = (await db.execute(`PRAGMA table_info("${name}")`)).rows
  const refs = new Map(
    (await db.execute(`PRAGMA foreign_key_list("${name}")`)).rows.map((row) => [String(row.from), String(row.table)]),
  )
  const unique = new Set<string>()
  for (const index of (await db.execute(`PRAGMA index_list("${name}")`)).rows) {
    if (Number(index.unique) !== 1 || index.origin === 'pk') continue
    for (const col of (await db.execute(`PRAGMA index_info("${String(index.name)}")`)).rows)
      unique.add(String(col.name))
  }
  const id = cols.find((col) => col.name === 'id')
  return {
    name,
    columns: cols.map((col) => String(col.name)),
    idType: String(id?.type ?? '').toLowerCase(),
    refs,
    unique,
  }
}

/**
 * Copy `k` of a table's template rows: its own integer ids shifted by k × stride, text ids suffixed,
 * references into the family shifted by the stride of the table they point to (so copy k of an item uses
 * copy k of its media and versions), unique text (slug, filename) and titles suffixed.
 */
function copyStatement(table: Table, k: number, strides: Map<string, number>): string {
  const exprs = table.columns.map((col) => {
    const q = `"${col}"`
    if (col === 'id')
      return table.idType === 'integer' ? `${q} + ${k * (strides.get(table.name) ?? 0)}` : `${q} || '-${k}'`
    const target = table.refs.get(col)
    if (target && strides.has(target)) return `${q} + ${k * (strides.get(target) ?? 0)}`
    // A locale code is part of a unique index (locale, parent) but must stay a locale: the parent's shift keeps it unique.
    if (col === '_locale') return q
    if (table.unique.has(col) || col === 'title' || col === 'version_slug') return `${q} || '-${k}'`
    return q
  })
  const cols = table.columns.map((col) => `"${col}"`).join(', ')
  return `INSERT INTO "${table.name}" (${cols}) SELECT ${exprs.join(', ')} FROM "tmpl_${table.name}"`
}

async function multiply(file: string, { items, media }: ScaleOptions): Promise<ScaledArchive> {
  const db = createClient({ url: `file:${file}` })
  await db.execute('PRAGMA foreign_keys=OFF')
  const names = (await db.execute(`SELECT name FROM sqlite_master WHERE type='table'`)).rows
    .map((row) => String(row.name))
    .filter((name) => FAMILY.test(name))
  const tables = await Promise.all(names.map((name) => describeTable(db, name)))
  const strides = new Map<string, number>()
  for (const table of tables)
    if (table.idType === 'integer')
      strides.set(
        table.name,
        Number((await db.execute(`SELECT max(id) AS m FROM "${table.name}"`)).rows[0]?.m ?? 0) + 1,
      )
  const count = async (name: string) => Number((await db.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0]?.n)
  const itemCopies = Math.ceil(items / (await count('heritage_items'))) - 1
  const mediaCopies = Math.max(itemCopies, Math.ceil(media / (await count('media'))) - 1)
  for (const table of tables) await db.execute(`CREATE TABLE "tmpl_${table.name}" AS SELECT * FROM "${table.name}"`)
  for (let k = 1; k <= mediaCopies; k++) {
    const copied = tables.filter((table) => k <= itemCopies || table.name.startsWith('media'))
    await db.batch(
      copied.map((table) => copyStatement(table, k, strides)),
      'write',
    )
  }
  for (const table of tables) await db.execute(`DROP TABLE "tmpl_${table.name}"`)
  await db.execute('PRAGMA foreign_keys=ON')
  // No ANALYZE: the planner sees what it sees on an archive in use, which nobody analyzes by hand.
  await db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const scaled = { file, items: await count('heritage_items'), media: await count('media') }
  db.close()
  return scaled
}

/**
 * A SQLite archive of `items` heritage items and `media` files, made fast: the demo content is seeded once
 * through the Local API (real hooks, so every table is filled as the product fills it; audit, site rebuild
 * and media jobs skipped), then its item and media families are copied in SQL until the counts are reached.
 * Copying keeps every row shaped exactly as Payload wrote it (versions, locales, relations, arrays); making
 * 10 000 records through the Local API would take longer than the bench. Media files are not copied: the
 * lists read records, not bytes. Cached in BENCH_DIR (or the temp folder) by size.
 */
export async function archiveAtScale(options: ScaleOptions): Promise<ScaledArchive> {
  const root = path.join(process.env.BENCH_DIR ?? tmpdir(), `disanso-bench-archive-${options.items}-${options.media}`)
  const file = path.join(root, 'archive.db')
  if (existsSync(file) && !process.env.BENCH_RESEED) {
    const db = createClient({ url: `file:${file}` })
    const n = async (t: string) => Number((await db.execute(`SELECT count(*) AS n FROM "${t}"`)).rows[0]?.n)
    const cached = { file, items: await n('heritage_items'), media: await n('media') }
    db.close()
    return cached
  }
  rmSync(root, { recursive: true, force: true })
  const work = path.join(root, 'seeding')
  mkdirSync(work, { recursive: true })
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: work,
    DATABASE_URL: `file:${path.join(work, 'archive.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_WORKER: 'external',
    SITE_REBUILD: 'off',
  }
  const config = await buildConfig({ ...archiveConfig(env), logger: { options: { level: 'warn' } } })
  const payload = await getPayload({ config, key: `bench-seed-${Date.now()}` })
  await seedDemoContent(payload)
  await payload.destroy()
  const scaled = await multiply(path.join(work, 'archive.db'), options)
  for (const name of readdirSync(work)) if (name.startsWith('archive.db-')) rmSync(path.join(work, name))
  renameSync(scaled.file, file)
  rmSync(work, { recursive: true, force: true })
  return { ...scaled, file }
}

/** A private copy of the archive for one server (so two servers never share a write lock). */
export function copyArchive(from: string, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const to = path.join(dir, 'archive.db')
  copyFileSync(from, to)
  return to
}
