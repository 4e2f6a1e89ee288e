import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, it } from 'vitest'
import { launchBrowser } from '../../tests/helpers/browser'
import { serveStatic } from '../site/staticServer'
import { syntheticSnapshot } from './syntheticSnapshot'

// The public site's build against plain Astro building the same item pages and paged listings from the same
// JSON, in the same run: BENCH_SITE_ITEMS items (default 10 000) × 2 languages. Pagefind is timed on its own.
const ITEMS = Number(process.env.BENCH_SITE_ITEMS ?? 10_000)
const ROOT = path.resolve(import.meta.dirname, '../..')
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro')
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind')

describe('site build vs plain Astro', () => {
  const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'disanso-sitebench-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(`${ITEMS} items × 2 languages`, async () => {
    const snapshotDir = path.join(dir, 'snapshot')
    mkdirSync(path.join(snapshotDir, 'csv'), { recursive: true })
    writeFileSync(path.join(snapshotDir, 'snapshot.json'), JSON.stringify(syntheticSnapshot(ITEMS)))
    for (const file of ['snapshot.schema.json', 'manifest.json']) writeFileSync(path.join(snapshotDir, file), '{}')
    // Wall-clock time, and the user CPU time of the build's processes: on this disk the kernel's time for
    // writing the same ~23 000 files (system time) varies two-fold from run to run and grows round after
    // round, so wall-clock ratios swing either way; user time is the work of Astro and our pages. Both are
    // read from the shell that waited for the build (cutime, cstime in /proc/<pid>/stat).
    const build = (root: string, out: string) => {
      rmSync(out, { recursive: true, force: true })
      const start = process.hrtime.bigint()
      const stat = execFileSync(
        'sh',
        ['-c', `"${ASTRO}" build --silent >/dev/null 2>&1 || exit 1; cat /proc/$$/stat`],
        {
          cwd: root,
          env: { ...process.env, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: out },
          encoding: 'utf8',
        },
      )
      const wall = Number(process.hrtime.bigint() - start) / 1e9
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))
      return { wall, user: Number(fields[13]) / ticks, sys: Number(fields[14]) / ticks }
    }
    const rounds = Number(process.env.BENCH_ROUNDS ?? 1)
    const ours: { wall: number; user: number; sys: number }[] = []
    const plain: { wall: number; user: number; sys: number }[] = []
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which goes first, so neither always follows the other's disk writes.
      const pair = [
        () => plain.push(build(path.join(ROOT, 'scripts/bench/plainAstro'), path.join(dir, 'plain'))),
        () => ours.push(build(path.join(ROOT, 'site'), path.join(dir, 'ours'))),
      ]
      for (const run of round % 2 ? pair.reverse() : pair) run()
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
    const wall = { ours: median(ours.map((r) => r.wall)), plain: median(plain.map((r) => r.wall)) }
    const user = { ours: median(ours.map((r) => r.user)), plain: median(plain.map((r) => r.user)) }
    const sys = { ours: median(ours.map((r) => r.sys)), plain: median(plain.map((r) => r.sys)) }
    const pagesIn = (out: string) =>
      Number(execFileSync('sh', ['-c', `find ${path.join(dir, out)} -name index.html | wc -l`], { encoding: 'utf8' }))
    const pages = pagesIn('ours')
    const start = process.hrtime.bigint()
    execFileSync(PAGEFIND, ['--site', path.join(dir, 'ours'), '--output-subdir', 'pagefind'], { stdio: 'pipe' })
    const pagefind = Number(process.hrtime.bigint() - start) / 1e9
    const item = readFileSync(path.join(dir, 'ours', 'di-san', 'di-san-1', 'index.html'))
    const searchBytes = await firstSearchBytes(path.join(dir, 'ours'))
    console.log(
      `first search on this site ("le hoi"): search page ${(searchBytes.page / 1024).toFixed(1)} KB, then the search itself ${(searchBytes.search / 1024).toFixed(1)} KB (index and fragments, as transferred)`,
    )
    console.log(
      `site build: ${wall.ours.toFixed(1)} s for ${pages} pages (${(pages / wall.ours).toFixed(0)} pages/s); plain Astro ${wall.plain.toFixed(1)} s for ${pagesIn('plain')} pages (items and the same paged listings) → ratio ${(wall.ours / wall.plain).toFixed(3)}× wall-clock, ${(user.ours / user.plain).toFixed(3)}× user CPU time (${user.ours.toFixed(1)} s vs ${user.plain.toFixed(1)} s; system time ${sys.ours.toFixed(1)} s vs ${sys.plain.toFixed(1)} s; medians of ${rounds}, each round ${ours.map((r, i) => `${r.wall.toFixed(1)}/${plain[i]?.wall.toFixed(1)}`).join(', ')} s wall); Pagefind ${pagefind.toFixed(1)} s; one item page ${(item.length / 1024).toFixed(1)} KB of HTML`,
    )
  })
})

/** Bytes a phone downloads to open the search page, then for its first query (gzip as a host would send). */
async function firstSearchBytes(site: string): Promise<{ page: number; search: number }> {
  const server = serveStatic(() => site).listen(0)
  const port = (server.address() as { port: number }).port
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    // Pagefind fetches many small files; the browser keeps only 250 timings unless asked for more.
    await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000))
    await page.goto(`http://localhost:${port}/tim-kiem/`, { waitUntil: 'networkidle' })
    const transferred = () =>
      page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce(
          (sum, entry) => sum + entry.transferSize,
          (performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming).transferSize,
        ),
      )
    const before = await transferred()
    await page.locator('#q').fill('le hoi')
    await page.getByTestId('search-results').waitFor()
    await page.waitForLoadState('networkidle')
    return { page: before, search: (await transferred()) - before }
  } finally {
    await browser.close()
    server.close()
  }
}
