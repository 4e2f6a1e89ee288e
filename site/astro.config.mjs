import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { publicSearchConfig } from './src/lib/publicSearchConfig.ts'
import { publishSnapshotFiles as copySnapshotFiles } from './src/lib/publishSnapshotFiles.ts'
import {
  cspDirectives,
  headersFile,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  securityHeaders,
} from './src/lib/securityHeaders.ts'
import { snapshotDir } from './src/lib/snapshotDir.ts'

/** Copies the snapshot's public derivatives and open-data files into the built site; a missing one fails the build. */
const publishSnapshotFiles = {
  name: 'di-san-so:snapshot-files',
  hooks: {
    'astro:build:done': async ({ dir }) => copySnapshotFiles(snapshotDir(), fileURLToPath(dir)),
  },
}

/** The page policy Astro wrote into one built page's `<meta http-equiv="content-security-policy">` (end of head). */
async function pagePolicy(file) {
  const html = await readFile(file, 'utf8')
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'")
}

/** Every built page's policy, merged: each directive with the union of its sources (the hashes differ by page). */
async function sitePolicy(out) {
  const directives = new Map()
  const files = (await readdir(out, { recursive: true })).filter((name) => name.endsWith('.html'))
  for (const name of files)
    for (const directive of ((await pagePolicy(path.join(out, name))) ?? '').split(';')) {
      const [key, ...sources] = directive.trim().split(/\s+/)
      if (!key) continue
      const known = directives.get(key) ?? new Set()
      for (const source of sources) known.add(source)
      directives.set(key, known)
    }
  if (directives.size === 0) throw new Error('[site] no page carries a Content-Security-Policy <meta>')
  return [...directives].map(([key, sources]) => [key, ...sources].join(' ')).join('; ')
}

/**
 * Writes `_headers` into the build: the pages' CSP (with the hashes of every inline script and style Astro
 * made) plus what only a header can carry, for `npm run site:serve` and any static host that reads the file.
 */
const writeSecurityHeaders = {
  name: 'di-san-so:security-headers',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const out = fileURLToPath(dir)
      await writeFile(path.join(out, '_headers'), headersFile(securityHeaders(process.env, await sitePolicy(out))))
    },
  },
}

// A public search key that could write, or the full index, stops the build here.
publicSearchConfig(process.env)

// Static pages only, built from the publication snapshot (SNAPSHOT_DIR); React only for islands.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  output: 'static',
  // SITE_OUT_DIR lets tests and the rebuild job build beside a site that is being served.
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [react(), publishSnapshotFiles, writeSecurityHeaders],
  devToolbar: { enabled: false },
  // Styles go in files, not inline; Astro hashes the few inline scripts it writes into each page's CSP <meta>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: cspDirectives(process.env),
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // hls.js (~570 kB) is its own chunk, loaded only when a page shows a video to a browser without native HLS.
  vite: { build: { chunkSizeWarningLimit: 600 } },
})
