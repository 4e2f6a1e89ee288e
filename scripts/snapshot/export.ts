// `npm run snapshot`: exports the publication snapshot (public, published records; every locale; public
// derivatives) to SNAPSHOT_DIR (default DATA_DIR/snapshot) — what the site is built from and what the
// open-data page offers for download. A thin command over cms/src/publication/exportSnapshot.ts.
import path from 'node:path'

import { getPayload } from 'payload'

import { dataDir } from '../../cms/src/config/paths'
import { siteUrlFrom } from '../../cms/src/dashboard/publicPageUrl'
import config from '../../cms/src/payload.config'
import { exportSnapshot } from '../../cms/src/publication/exportSnapshot'
import { progressPrinter } from './progressPrinter'

const payload = await getPayload({ config })
const outDir = path.resolve(process.env.SNAPSHOT_DIR || path.join(dataDir(), 'snapshot'))
const started = Date.now()
const { snapshot, files, bytes } = await exportSnapshot(payload, {
  outDir,
  siteUrl: siteUrlFrom(process.env),
  onProgress: progressPrinter(),
})
console.log(
  `Ảnh chụp dữ liệu / snapshot: ${snapshot.items.length} di sản, ${snapshot.groups.length} dân tộc, ${snapshot.people.length} nhân vật, ${snapshot.media.length} tư liệu; ${files} tệp, ${(bytes / 1e6).toFixed(1)} MB → ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
await payload.destroy()
process.exit(0)
