import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { archiveConfig } from '../../cms/src/config/archiveConfig'
import { mediaDirs } from '../../cms/src/media/workflow'
import { requestSiteRebuild } from '../../cms/src/publication/rebuildSite'
import { archiveAtScale, copyArchive } from './archiveAtScale'

// Publish → live page at archive size (issue 14): BENCH_ITEMS heritage items (default 10 000). One item is
// published through the Local API, then the site is rebuilt the way the cms's job does it, and the clock stops
// when the item's page is served. Ours: the export inside the running Payload, then Astro and Pagefind. The
// old path (bash → npm → `payload run`, a second Payload boot → npm → Astro → Pagefind), when BENCH_OLD_REPO
// names a checkout of the code before issue 14 (with node_modules), runs on its own copy of the same archive
// in the same run. The job's debounce (SITE_REBUILD_SECONDS, 10 s by default) comes before both and is left out.
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000)
const OLD_REPO = process.env.BENCH_OLD_REPO
const ROOT = path.resolve(import.meta.dirname, '../..')
const SITE_URL = 'http://localhost:4321'
const run = promisify(execFile)

async function archiveIn(dir: string, source: string): Promise<{ payload: Payload; env: Record<string, string> }> {
  copyArchive(source, dir)
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, 'archive.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_WORKER: 'external',
    SITE_REBUILD: 'off',
  }
  const config = await buildConfig({ ...archiveConfig(env), logger: { options: { level: 'error' } } })
  const payload = await getPayload({ config, key: `bench-${path.basename(dir)}` })
  // The scaled archive copies records, not files: the WebVTT caption files (public as they are) get theirs.
  const { originals } = mediaDirs(payload)
  mkdirSync(originals, { recursive: true })
  const captions = await payload.find({
    collection: 'media',
    where: { filename: { like: '.vtt' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of captions.docs) writeFileSync(path.join(originals, String(doc.filename)), 'WEBVTT\n\n')
  return { payload, env }
}

/** Publishes a new public item like the last step of a review, and gives its page's path under the site. */
async function publishOne(payload: Payload, title: string): Promise<string> {
  const base = { overrideAccess: true, depth: 0 } as const
  const group = (await payload.find({ ...base, collection: 'ethnic-groups', limit: 1 })).docs[0]
  const province = (
    await payload.find({
      ...base,
      collection: 'places',
      limit: 1,
      where: { and: [{ type: { equals: 'province' } }, { validTo: { exists: false } }] },
    })
  ).docs[0]
  if (!group || !province) throw new Error('[bench] the archive has no ethnic group or province')
  const item = await payload.create({
    ...base,
    collection: 'heritage-items',
    draft: false,
    context: { skipSiteRebuild: true },
    data: {
      _status: 'published',
      reviewState: 'published',
      title,
      summary: `${title}: bản ghi đo thời gian từ lúc công bố đến lúc trang hiện ra.`,
      kind: 'festival',
      ethnicGroups: [group.id],
      owningProvince: province.id,
      accessLevel: 'public',
      consent: { status: 'given' },
      rights: { licence: 'cc-by-4.0' },
    } as never,
  })
  return path.join('di-san', String(item.slug), 'index.html')
}

const seconds = (from: number) => (performance.now() - from) / 1000

describe('publish → live page', () => {
  const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'disanso-publishbench-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(`${ITEMS} items`, async () => {
    const scaled = await archiveAtScale({ items: ITEMS, media: 0 })
    const rows: [string, number, number | null][] = []

    if (OLD_REPO) {
      const oldDir = path.join(dir, 'old')
      const { payload, env } = await archiveIn(oldDir, scaled.file)
      const page = await publishOne(payload, 'Lễ hội đo thời gian (đường cũ)')
      await payload.destroy()
      const started = performance.now()
      const { stdout, stderr } = await run('bash', [path.join(OLD_REPO, 'scripts/site/rebuild.sh')], {
        cwd: OLD_REPO,
        env: { ...process.env, ...env, SITE_URL },
        maxBuffer: 64 * 1024 * 1024,
      })
      const total = seconds(started)
      expect(readFileSync(path.join(oldDir, 'site', page), 'utf8')).toContain('đường cũ')
      const exported = Number(/snapshot:.*\(([\d.]+) s\)/.exec(`${stdout}${stderr}`)?.[1] ?? Number.NaN)
      rows.push(['before: bash → npm → payload run → npm → astro → pagefind', total, exported])
    }

    const { payload } = await archiveIn(path.join(dir, 'new'), scaled.file)
    const page = await publishOne(payload, 'Lễ hội đo thời gian (đường mới)')
    const started = performance.now()
    const rebuilt = await requestSiteRebuild(payload, {
      root: ROOT,
      dataDir: path.join(dir, 'new'),
      siteUrl: SITE_URL,
      env: process.env,
    })
    const total = seconds(started)
    expect(existsSync(path.join(dir, 'new', 'site', page))).toBe(true)
    await payload.destroy()
    rows.push(['after: export in the running Payload → astro → pagefind', total, rebuilt.exportSeconds])

    console.log(`\npublish → live page, ${scaled.items} items (${rebuilt.items} public):`)
    for (const [label, whole, exported] of rows)
      console.log(`  ${label}: ${whole.toFixed(1)} s (snapshot export ${exported?.toFixed(1) ?? '?'} s)`)
    const [before, after] = rows.length === 2 ? rows : []
    if (before && after) {
      console.log(`  before / after: publish → live ${(before[1] / after[1]).toFixed(2)}×`)
      if (before[2] && after[2]) console.log(`  before / after: snapshot export ${(before[2] / after[2]).toFixed(2)}×`)
    } else console.log('  (set BENCH_OLD_REPO to a checkout of the code before issue 14 to time the old path too)')
  })
})
