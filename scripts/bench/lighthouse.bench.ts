import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, it } from 'vitest'

import { serveStatic } from '../site/staticServer'

// Lighthouse (mobile preset, Debian's Chromium) on a built site: SITE_DIR (default DATA_DIR/site, made by
// `npm start` or `npm run site:build`). Prints the four category scores and the bytes each page transfers.
const SITE = path.resolve(process.env.SITE_DIR || path.join(process.env.DATA_DIR || 'data', 'site'))
const PAGES = (process.env.LIGHTHOUSE_PAGES || '/,/di-san/le-hoi-kate/,/tim-kiem/').split(',')
const LIGHTHOUSE = path.resolve(import.meta.dirname, '../../node_modules/.bin/lighthouse')

describe('Lighthouse on the public site', () => {
  it.each(PAGES)('%s', async (page) => {
    const server = serveStatic(() => SITE).listen(0)
    const port = (server.address() as { port: number }).port
    const report = path.join(tmpdir(), `lighthouse-${process.pid}-${page.replace(/\W+/g, '_')}.json`)
    try {
      // Asynchronously: the static server answering Lighthouse lives in this process.
      await promisify(execFile)(
        LIGHTHOUSE,
        [
          `http://localhost:${port}${page}`,
          '--output=json',
          `--output-path=${report}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-path=${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          '--quiet',
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      )
    } finally {
      server.close()
    }
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>
      audits: Record<string, { numericValue?: number; score: number | null }>
    }
    const failing = Object.values(result.categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
      .filter((id) => (result.audits[id]?.score ?? 1) < 1)
    const score = (id: string) => Math.round((result.categories[id]?.score ?? 0) * 100)
    const kb = ((result.audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)
    console.log(
      `${page}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ${kb} KB transferred${failing.length ? `; below full marks: ${failing.join(', ')}` : ''}`,
    )
  })
})
