import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { publicSearchConfig } from './src/lib/publicSearchConfig.ts'
import { snapshotDir } from './src/lib/snapshotDir.ts'

/** Copies the snapshot's public derivatives and open-data files into the built site. */
const publishSnapshotFiles = {
  name: 'di-san-so:snapshot-files',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const out = fileURLToPath(dir)
      const from = snapshotDir()
      await cp(path.join(from, 'media'), path.join(out, 'media'), { recursive: true }).catch(() => undefined)
      await mkdir(path.join(out, 'du-lieu-mo'), { recursive: true })
      for (const file of ['snapshot.json', 'snapshot.schema.json', 'manifest.json'])
        await cp(path.join(from, file), path.join(out, 'du-lieu-mo', file))
      await cp(path.join(from, 'csv'), path.join(out, 'du-lieu-mo', 'csv'), { recursive: true })
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
  build: { format: 'directory' },
  integrations: [react(), publishSnapshotFiles],
  devToolbar: { enabled: false },
  // hls.js (~570 kB) is its own chunk, loaded only when a page shows a video to a browser without native HLS.
  vite: { build: { chunkSizeWarningLimit: 600 } },
})
