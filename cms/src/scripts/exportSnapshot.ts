// `npm run snapshot`: exports the publication snapshot (public, published records; every locale; public
// derivatives) to SNAPSHOT_DIR (default DATA_DIR/snapshot) — what the site is built from and what the
// open-data page offers for download. A thin command over cms/src/publication/exportSnapshot.ts, holding the
// site lock like every rebuild (which reads that folder while Astro builds), so it never swaps a snapshot away
// under a build.
import { getPayload } from 'payload'

import { settingsOf } from '../config/settings'
import config from '../payload.config'
import { exportSnapshot } from '../publication/exportSnapshot'
import { withSiteLock } from '../publication/siteLock'
import { progressPrinter } from './progressPrinter'

const payload = await getPayload({ config })
const settings = settingsOf(payload)
const outDir = settings.snapshotDir
const started = Date.now()
const { snapshot, files, bytes } = await withSiteLock(
  settings.dataDir,
  () => exportSnapshot(payload, { outDir, siteUrl: settings.siteUrl, onProgress: progressPrinter() }),
  {
    onWait: () =>
      console.log('Đang chờ lần build trang công khai đang chạy / waiting for the site rebuild that is running…'),
  },
)
console.log(
  `Ảnh chụp dữ liệu / snapshot: ${snapshot.items.length} di sản, ${snapshot.groups.length} dân tộc, ${snapshot.people.length} nhân vật, ${snapshot.media.length} tư liệu; ${files} tệp, ${(bytes / 1e6).toFixed(1)} MB → ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
await payload.destroy()
process.exit(0)
