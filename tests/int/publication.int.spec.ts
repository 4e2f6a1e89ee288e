import { execFile, spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildPublicViews } from '../../cms/src/publication/publicViews'
import { requestSiteRebuild } from '../../cms/src/publication/rebuildSite'
import { withSiteLock } from '../../cms/src/publication/siteLock'
import { jsonForScript } from '../../site/src/lib/jsonForScript'
import { type Canary, expectInertHtml, expectNoCanary, plantCanaries } from '../helpers/canary'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SITE_URL = 'https://disanso.example.vn'
const run = promisify(execFile)

/** An ethnic group and a current province: all the canaries need. */
async function groundwork(payload: Payload) {
  const base = { overrideAccess: true, depth: 0 } as const
  const group = await payload.create({
    ...base,
    collection: 'ethnic-groups',
    draft: false,
    data: { _status: 'published', name: 'Ê Đê', slug: 'e-de', accessLevel: 'public' },
  } as never)
  const province = await payload.create({
    ...base,
    collection: 'places',
    data: { name: 'tỉnh Đắk Lắk', type: 'province' },
  } as never)
  return { group, province }
}

/** Publishes a public ritual through the Local API, as a reviewer's publish ends. */
const publish = (payload: Payload, title: string, ids: { group: number | string; province: number | string }) =>
  payload.create({
    overrideAccess: true,
    collection: 'heritage-items',
    draft: false,
    data: {
      _status: 'published',
      reviewState: 'published',
      title,
      summary: `${title} (tóm tắt)`,
      kind: 'craft',
      ethnicGroups: [ids.group],
      owningProvince: ids.province,
      accessLevel: 'public',
      consent: { status: 'given' },
      rights: { licence: 'cc-by-4.0' },
    } as never,
  })

describe('the public views of the archive', () => {
  let archive: TestArchive
  let canary: Canary
  let ids: { group: number | string; province: number | string }
  beforeAll(async () => {
    archive = await startTestArchive(undefined, { SITE_REBUILD: 'off' })
    const { group, province } = await groundwork(archive.payload)
    ids = { group: group.id, province: province.id }
    canary = await plantCanaries(archive.payload)
  })
  afterAll(() => archive?.stop())

  it('carry no restricted or community canary, and the hostile item with its JSON-LD and Dublin Core', async () => {
    const { snapshot } = await buildPublicViews(archive.payload, { siteUrl: SITE_URL })
    const written = jsonForScript(snapshot)
    expectNoCanary(written, canary, 'public views')
    expectInertHtml(written, 'public views')
    const hostile = snapshot.items.find((item) => item.id === String(canary.hostile.ids.item))
    if (!hostile) throw new Error('[int] the hostile public item is missing from the public views')
    // A festival is an Event, at the site's own address, its name the record's title exactly.
    expect(hostile.jsonLd.vi).toMatchObject({
      '@type': 'Event',
      name: hostile.title.vi,
      url: `${SITE_URL}/di-san/${hostile.slug}/`,
      inLanguage: 'vi',
    })
    expect(hostile.jsonLd.en.url).toBe(`${SITE_URL}/en/di-san/${hostile.slug}/`)
    expect(hostile.jsonLd.vi.name).toContain('</script><script>')
    expect(hostile.dublinCore).toContainEqual({ element: 'title', value: hostile.title.vi, lang: 'vi' })
    expect(hostile.dublinCore).toContainEqual({ element: 'type', value: 'Event' })
    // The carrier points at restricted media and a restricted person: neither reaches its JSON-LD.
    const carrier = snapshot.items.find((item) => item.id === String(canary.ids.publicCarrier))
    expect(carrier?.jsonLd.vi.image).toBeUndefined()
    expect(JSON.stringify(carrier)).not.toContain(canary.token)
  })

  it('rebuilds the site once at a time: start-up, a job and the command line at once give one whole site', async () => {
    const first = await publish(archive.payload, 'Nghề dệt thổ cẩm thử nghiệm', ids)
    const options = { root: ROOT, dataDir: archive.dir, siteUrl: SITE_URL, env: process.env }
    const env = { ...process.env, DATA_DIR: archive.dir, DATABASE_URL: `file:${path.join(archive.dir, 'archive.db')}` }
    // The command line (`npm run site:build`, another process with its own Payload) and two requests in this
    // process, all at once: before issue 14 two of these collided (`rm: cannot remove …/site.partial/di-san`).
    const [cli, job, folded] = await Promise.all([
      run('bash', ['scripts/site/rebuild.sh'], { cwd: ROOT, env: { ...env, PAYLOAD_SECRET: secretOf(archive) } }),
      requestSiteRebuild(archive.payload, options),
      requestSiteRebuild(archive.payload, options),
    ])
    expect(cli.stdout).toContain('public site rebuilt')
    expect(job.items).toBe(folded.items)
    const site = path.join(archive.dir, 'site')
    expect(lstatSync(site).isSymbolicLink()).toBe(true)
    expect(readdirSync(path.join(archive.dir, 'site-builds'))).toHaveLength(1)
    expect(existsSync(path.join(archive.dir, 'site.lock'))).toBe(false)
    const page = (slug: unknown) => path.join(site, 'di-san', String(slug), 'index.html')
    expect(readFileSync(page(first.slug), 'utf8')).toContain('Nghề dệt thổ cẩm thử nghiệm')
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true)

    // A publish while a rebuild runs is live after the next one (the request folded into it).
    const running = requestSiteRebuild(archive.payload, options)
    const second = await publish(archive.payload, 'Lễ mừng lúa mới thử nghiệm', ids)
    const next = requestSiteRebuild(archive.payload, options)
    await running
    await next
    expect(readFileSync(page(second.slug), 'utf8')).toContain('Lễ mừng lúa mới thử nghiệm')
    const html = readFileSync(page(second.slug), 'utf8')
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null')
    expect(ld).toMatchObject({ '@type': 'Product', name: 'Lễ mừng lúa mới thử nghiệm' })
  }, 600_000)

  it('`npm run snapshot` waits for a rebuild that holds the site lock, and never swaps the snapshot under it', async () => {
    const snapshot = path.join(archive.dir, 'snapshot')
    const env = {
      ...process.env,
      DATA_DIR: archive.dir,
      DATABASE_URL: `file:${path.join(archive.dir, 'archive.db')}`,
      PAYLOAD_SECRET: secretOf(archive),
      SNAPSHOT_DIR: '',
    }
    let command: Promise<{ code: number | null; out: string }> | undefined
    // A rebuild is running: it holds the lock and reads the snapshot (here, one file it would build from).
    await withSiteLock(archive.dir, async () => {
      mkdirSync(path.join(snapshot, 'media', '15'), { recursive: true })
      writeFileSync(path.join(snapshot, 'media', '15', 'waveform.json'), '[]')
      let out = ''
      const child = spawn('npm', ['run', 'snapshot'], { cwd: ROOT, env })
      const waiting = new Promise<'waiting'>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk
          if (out.includes('waiting for the site rebuild')) resolve('waiting')
        }),
      )
      child.stderr.on('data', (chunk: Buffer) => {
        out += chunk
      })
      command = new Promise((resolve) => child.on('close', (code) => resolve({ code, out })))
      const first = await Promise.race([waiting, command.then(() => 'ended' as const)])
      expect(first, 'the snapshot command ran while a rebuild held the lock').toBe('waiting')
      expect(readFileSync(path.join(snapshot, 'media', '15', 'waveform.json'), 'utf8')).toBe('[]')
    })
    const ended = await command
    expect(ended?.code, ended?.out).toBe(0)
    expect(ended?.out).toContain('snapshot:')
    expect(existsSync(path.join(snapshot, 'snapshot.json'))).toBe(true)
    expect(existsSync(path.join(snapshot, 'media', '15', 'waveform.json'))).toBe(false)
    expect(existsSync(path.join(archive.dir, 'site.lock'))).toBe(false)
  }, 300_000)
})

/** The archive's secret, for a second process on the same database. */
function secretOf(archive: TestArchive): string {
  return String(archive.payload.config.secret)
}
